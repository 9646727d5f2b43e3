/**
 * Query clean-up before search: full-width → half-width, traditional and variant characters →
 * simplified (src/lib/search/variants.ts), punctuation → spaces.
 */
import { toSimplified } from './variants.ts';

export function normalizeQuery(raw: string): string {
  let s = toSimplified(raw.normalize('NFKC').toLowerCase());
  // Punctuation of either width becomes a word break; digits, letters and CJK stay.
  s = s.replace(/[^\p{L}\p{N}]+/gu, ' ');
  return s.replace(/\s+/g, ' ').trim();
}
