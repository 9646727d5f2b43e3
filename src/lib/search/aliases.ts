export interface AliasEntry {
  to: string;
  page?: string;
}
export type AliasMap = Record<string, AliasEntry>;

export interface AliasMatch {
  term: string;
  to: string;
  page?: string;
}

/**
 * Replaces colloquial terms with the handbook's own words, longest term first so 电梯困人了
 * is not split by a shorter key. Returns the rewritten text and what matched.
 */
export function expandAliases(text: string, aliases: AliasMap): { text: string; matches: AliasMatch[] } {
  const keys = Object.keys(aliases)
    .map((k) => [k, k.normalize('NFKC').toLowerCase()] as const)
    .filter(([, n]) => n.length > 0)
    .sort((a, b) => b[1].length - a[1].length);
  const matches: AliasMatch[] = [];
  let out = text;
  for (const [key, norm] of keys) {
    if (!out.includes(norm)) continue;
    const { to, page } = aliases[key];
    matches.push({ term: key, to, page });
    // a placeholder keeps later, shorter keys from matching inside the replacement
    out = out.split(norm).join(` \u0000${matches.length - 1}\u0000 `);
  }
  // eslint-disable-next-line no-control-regex -- the NUL placeholder written above: a character no text contains
  out = out.replace(/\u0000(\d+)\u0000/g, (_, i) => matches[Number(i)].to);
  return { text: out.replace(/\s+/g, ' ').trim(), matches };
}
