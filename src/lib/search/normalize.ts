/**
 * Query clean-up before search: full-width → half-width, traditional and variant characters →
 * simplified (the table is data: src/lib/search/data/variants.ts, shipped with the directory),
 * punctuation → spaces.
 */
export function normalizeQuery(raw: string, variants: Record<string, string> = {}): string {
  let s = Array.from(raw.normalize('NFKC').toLowerCase(), (ch) => variants[ch] ?? ch).join('');
  // Punctuation of either width becomes a word break; digits, letters and CJK stay.
  s = s.replace(/[^\p{L}\p{N}]+/gu, ' ');
  return s.replace(/\s+/g, ' ').trim();
}
