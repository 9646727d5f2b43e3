/**
 * Finds sentences copied from the seed documents: any run of N characters that also occurs in a
 * seed once both are normalised. Facts and figures are short and may repeat; whole sentences may
 * not, and swapping brackets, commas or full-width forms does not make a sentence one's own.
 */
import { plainText } from './content-rules.ts';

export const PASTE_RUN = 24;

export function seedGrams(seedTexts: string[], n = PASTE_RUN): Set<string> {
  const grams = new Set<string>();
  for (const t of seedTexts) {
    const s = plainText(t);
    for (let i = 0; i + n <= s.length; i++) grams.add(s.slice(i, i + n));
  }
  return grams;
}

/** The pasted stretches in a text, each reported once, in their normalised form. */
export function pastedRuns(text: string, grams: Set<string>, n = PASTE_RUN): string[] {
  const s = plainText(text);
  const hits: string[] = [];
  for (let i = 0; i + n <= s.length; i++) {
    if (grams.has(s.slice(i, i + n))) {
      hits.push(s.slice(i, i + n + 16));
      i += n;
    }
  }
  return hits;
}
