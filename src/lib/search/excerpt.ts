/**
 * Pagefind excerpts are escaped HTML with <mark> around matches. Turning them into text parts
 * lets the islands render highlights without ever inserting HTML.
 */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&nbsp;': ' ' };
const decode = (s: string) => s.replace(/&(?:amp|lt|gt|quot|nbsp|#39|#x27);/g, (e) => ENTITIES[e] ?? e);

export function excerptParts(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m.index > last) parts.push({ text: decode(stripTags(html.slice(last, m.index))), mark: false });
    parts.push({ text: decode(stripTags(m[1])), mark: true });
    last = re.lastIndex;
  }
  if (last < html.length) parts.push({ text: decode(stripTags(html.slice(last))), mark: false });
  return parts.filter((p) => p.text.length > 0);
}

function stripTags(s: string): string {
  return s.replace(/<[^>]*>/g, '');
}

/** Where a phrase may start or end in Chinese text. */
const BOUNDARY = /[。！？；：，、,.!?;:\s·（）()「」]/;
const LEADING_JUNK = /^[\s。！？；：，、,.!?;:·）)」]+/;
/** a fragment shorter than this before the first boundary is a cut-off word, not a phrase */
const FRAGMENT = 8;

/**
 * Full text matches a colloquial query through its parts (困梯 → 电梯 困 人), so single characters
 * such as 人 light up all over an excerpt. Adjacent highlights are joined (困 + 人 → 困人); once a
 * highlight of two or more characters is there, a lone highlighted character is shown as plain text.
 * A query of one character keeps its highlights.
 */
function quietStrayCharacters(parts: ExcerptPart[]): ExcerptPart[] {
  const joined: ExcerptPart[] = [];
  for (const p of parts) {
    const prev = joined[joined.length - 1];
    if (prev && prev.mark && p.mark) prev.text += p.text;
    else joined.push({ ...p });
  }
  if (!joined.some((p) => p.mark && [...p.text.trim()].length > 1)) return joined;
  return joined.map((p) => (p.mark && [...p.text.trim()].length === 1 ? { text: p.text, mark: false } : p));
}

/**
 * An excerpt that starts at a word or sentence boundary: Pagefind cuts a fixed window around the
 * matches, so it may begin with the tail of a word (「法 也叫：…」) or a stray full stop. A
 * cut-off fragment before the first boundary is dropped and marked with …; an excerpt that does
 * not end a sentence ends with …. Highlights are never dropped.
 */
export function tidyExcerpt(parts: ExcerptPart[]): ExcerptPart[] {
  const out = quietStrayCharacters(parts);
  if (!out.length) return out;
  const first = out[0];
  if (!first.mark) {
    const trimmed = first.text.replace(LEADING_JUNK, '');
    // after a stray mark the text starts a phrase; otherwise the window began inside one
    const b = trimmed === first.text ? trimmed.search(BOUNDARY) : -1;
    first.text = b > 0 && b < FRAGMENT ? '…' + trimmed.slice(b + 1).replace(LEADING_JUNK, '') : trimmed;
  }
  const last = out[out.length - 1];
  if (!/[。！？!?…]$/.test(last.text)) out.push({ text: '…', mark: false });
  return out.filter((p) => p.text.length > 0);
}
