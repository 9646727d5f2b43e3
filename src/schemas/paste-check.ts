/**
 * Finds sentences copied from the seed documents: any run of N characters (whitespace ignored)
 * that also occurs in a seed. Facts and figures are short and may repeat; whole sentences may not.
 */
export const PASTE_RUN = 24;

export function seedGrams(seedTexts: string[], n = PASTE_RUN): Set<string> {
  const grams = new Set<string>();
  for (const t of seedTexts) {
    const s = t.replace(/\s+/g, '');
    for (let i = 0; i + n <= s.length; i++) grams.add(s.slice(i, i + n));
  }
  return grams;
}

export function pastedRuns(text: string, grams: Set<string>, n = PASTE_RUN): string[] {
  const s = text.replace(/\s+/g, '');
  const hits: string[] = [];
  for (let i = 0; i + n <= s.length; i++) {
    if (grams.has(s.slice(i, i + n))) {
      hits.push(s.slice(i, i + n + 16));
      i += n; // report each pasted stretch once
    }
  }
  return hits;
}
