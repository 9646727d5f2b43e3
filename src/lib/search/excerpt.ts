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
