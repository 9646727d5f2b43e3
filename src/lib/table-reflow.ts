/**
 * Tables written in page bodies read as labelled rows on a phone: each body cell gets its
 * column's heading as data-label and the table the `reflow` class (global.css shows the label
 * before the cell below 40rem). Applied to the built HTML, whose tables come from Markdown and
 * have one plain header row; a table without a <thead>, or already marked, is left as it is.
 */
const TABLE = /<table(\s[^>]*)?>([\s\S]*?)<\/table>/g;
const strip = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .trim();
const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function reflowTables(html: string): string {
  return html.replace(TABLE, (whole, attrs: string = '', inner: string) => {
    if (/class="[^"]*reflow/.test(attrs)) return whole;
    const head = /<thead[^>]*>([\s\S]*?)<\/thead>/.exec(inner);
    if (!head) return whole;
    const labels = [...head[1].matchAll(/<th[^>]*>([\s\S]*?)<\/th>/g)].map((m) => strip(m[1]));
    if (!labels.length) return whole;
    const body = inner.replace(/<tbody[^>]*>[\s\S]*?<\/tbody>/, (tbody) =>
      tbody.replace(/<tr([^>]*)>([\s\S]*?)<\/tr>/g, (_, trAttrs: string, cells: string) => {
        let i = 0;
        const labelled = cells.replace(/<(td|th)(\s[^>]*)?>/g, (tag, name: string, a: string = '') => {
          const label = labels[i++];
          return name === 'td' && label && !/data-label=/.test(a) ? `<td${a} data-label="${attr(label)}">` : tag;
        });
        return `<tr${trAttrs}>${labelled}</tr>`;
      }),
    );
    const cls = /class="([^"]*)"/.exec(attrs);
    const newAttrs = cls ? attrs.replace(cls[0], `class="${cls[1]} reflow"`) : `${attrs} class="reflow"`;
    return `<table${newAttrs}>${body}</table>`;
  });
}
