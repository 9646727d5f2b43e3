import type { AliasMap } from './aliases.ts';

/** Everyday phrase → the handbook's word (src/lib/search/data/descriptions.ts). */
export type Descriptions = Record<string, string>;

const keysCache = new WeakMap<Descriptions, string[]>();
const keysOf = (table: Descriptions) => {
  let k = keysCache.get(table);
  if (!k) keysCache.set(table, (k = Object.keys(table).sort((a, b) => b.length - a.length)));
  return k;
};

/** the phrases (both halves of a 主…状态 pair) and the words they become, for the vocabulary */
export const descriptionWords = (table: Descriptions): string[] => [...Object.keys(table).flatMap((k) => k.split('…')), ...Object.values(table).flatMap((w) => w.split(' '))];

/**
 * What staff see, said their way, → the handbook's word, longest phrase first. A key 「主…状态」
 * matches the state said anywhere after what it is about, and only the state is replaced. The site's own
 * aliases win: a phrase content/aliases.yaml already names, or one inside an alias the query
 * holds (不动了 in 电梯不动了), is left to them.
 */
export function rewriteDescriptions(text: string, table: Descriptions, aliases: AliasMap = {}): string {
  const keys = keysOf(table);
  const aliasesHere = Object.keys(aliases).filter((a) => text.includes(a));
  let out = text;
  // a placeholder keeps a shorter phrase from matching inside a replacement just made
  keys.forEach((k, i) => {
    const pair = k.split('…');
    if (pair.length === 2) {
      if (aliasesHere.some((a) => a.includes(pair[0]) && a.includes(pair[1]))) return;
      // 电梯…不动: the state said anywhere after what it is about (电梯里灯黑了也不动)
      const at = out.indexOf(pair[0]);
      const state = at < 0 ? -1 : out.indexOf(pair[1], at + pair[0].length);
      if (state >= 0) out = `${out.slice(0, state)} \u0001${i}\u0001 ${out.slice(state + pair[1].length)}`;
    } else if (out.includes(k) && !aliasesHere.some((a) => a.includes(k))) out = out.split(k).join(` \u0001${i}\u0001 `);
  });
  return (
    out
      // eslint-disable-next-line no-control-regex -- the placeholder written above: a character no text contains
      .replace(/\u0001(\d+)\u0001/g, (_, i) => table[keys[Number(i)]])
      .replace(/\s+/g, ' ')
      .trim()
  );
}
