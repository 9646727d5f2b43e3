/**
 * Tables written in page bodies read as labelled rows on a phone: each body cell gets its
 * column's heading as data-label and the table the `reflow` class (global.css shows the label
 * before the cell below 40rem). A plugin of Astro's Markdown processor (astro.config.mjs), so
 * MDX tables come out of Astro's own pipeline finished; a table without a header row, or already
 * marked, is left as it is.
 */
import type { Element, ElementContent } from 'hast';
import type { HastPluginDefinition } from 'satteri';

const elements = (e: Element, ...tags: string[]) => e.children.filter((c): c is Element => c.type === 'element' && tags.includes(c.tagName));

function textOf(n: ElementContent): string {
  if (n.type === 'text') return n.value;
  return n.type === 'element' ? n.children.map(textOf).join('') : '';
}

function classesOf(e: Element): string[] {
  const c = e.properties.className;
  return Array.isArray(c) ? c.map(String) : [];
}

export interface Reflow {
  /** each body cell with the heading of its column */
  labels: [cell: Element, label: string][];
  className: string[];
}

/** What a table needs to read as labelled rows; undefined when it has no header row or is marked. */
export function reflowOf(table: Element): Reflow | undefined {
  const className = classesOf(table);
  if (className.includes('reflow')) return undefined;
  const headRow = elements(table, 'thead').flatMap((h) => elements(h, 'tr'))[0];
  const headings = headRow ? elements(headRow, 'th').map((th) => textOf(th).trim()) : [];
  if (!headings.length) return undefined;
  const labels: Reflow['labels'] = [];
  for (const row of elements(table, 'tbody').flatMap((b) => elements(b, 'tr')))
    elements(row, 'td', 'th').forEach((cell, i) => {
      if (cell.tagName === 'td' && headings[i] && cell.properties.dataLabel === undefined) labels.push([cell, headings[i]]);
    });
  return { labels, className: [...className, 'reflow'] };
}

export const reflowTables: HastPluginDefinition = {
  name: 'reflow-tables',
  element: {
    filter: ['table'],
    visit(table, ctx) {
      const r = reflowOf(table as Element);
      if (!r) return;
      for (const [cell, label] of r.labels) ctx.setProperty(cell, 'dataLabel', label);
      ctx.setProperty(table, 'className', r.className);
    },
  },
};
