import { expandAliases, type AliasMap, type AliasMatch } from './aliases.ts';
import { normalizeQuery } from './normalize.ts';
import { PARTICLES, QUESTION_PHRASES } from './stopwords.ts';

export type Segment = (text: string) => string[];

/** Word segmentation with the platform's ICU data; the browser and Node both have it. */
let segmenter: Intl.Segmenter | undefined;
export const intlSegment: Segment = (text) => {
  // one segmenter: building it loads the dictionary, the slow part on a cheap phone
  const seg = (segmenter ??= new Intl.Segmenter('zh-CN', { granularity: 'word' }));
  return Array.from(seg.segment(text))
    .filter((s) => s.isWordLike)
    .map((s) => s.segment);
};

const URGENT = /着火|起火|火灾|冒烟|烟雾|困人|被困|关电梯|救命|漏水|跑水|爆管|水淹|淹了|煤气|燃气|触电|电到|晕倒|昏迷|中暑|打架|斗殴|抢劫|小偷|被盗|地震|台风|暴雨|停电|没电|停水|中毒|坠落|掉下|紧急|急救|受伤|流血/;

const CJK = /^\p{Script=Han}$/u;

/**
 * ICU's dictionary does not know many trade words (保洁, 楼道) and returns them as single
 * characters; a run of two or more lone characters is put back together as one term.
 */
export function joinSingles(words: string[]): string[] {
  const out: string[] = [];
  let run = '';
  const flush = () => {
    if (run) out.push(run);
    run = '';
  };
  for (const w of words) {
    if (CJK.test(w)) run += w;
    else {
      flush();
      out.push(w);
    }
  }
  flush();
  return out;
}

const PHRASES_LONGEST_FIRST = [...QUESTION_PHRASES].sort((a, b) => b.length - a.length);

export interface QueryPlan {
  original: string;
  /** the whole cleaned query, as one Pagefind search */
  full: string;
  /** separate terms for the fallback search, in query order, without duplicates */
  terms: string[];
  aliases: AliasMatch[];
  urgent: boolean;
}

export function planQuery(raw: string, aliases: AliasMap, segment: Segment = intlSegment): QueryPlan {
  const normalized = normalizeQuery(raw);
  const expanded = expandAliases(normalized, aliases);
  let text = expanded.text;
  for (const p of PHRASES_LONGEST_FIRST) text = text.split(p).join(' ');
  // Alias targets were spaced apart by expandAliases and stay whole; the rest is segmented.
  const keep = expanded.matches.map((m) => m.to.normalize('NFKC').toLowerCase());
  const terms: string[] = [];
  for (const chunk of text.split(' ').filter(Boolean)) {
    if (keep.includes(chunk)) {
      terms.push(chunk);
      continue;
    }
    terms.push(...joinSingles(segment(chunk).filter((w) => !PARTICLES.has(w))));
  }
  const unique = [...new Set(terms)];
  const urgent = URGENT.test(normalized) || expanded.matches.some((m) => m.page?.startsWith('emergency/'));
  return { original: raw, full: unique.join(' '), terms: unique, aliases: expanded.matches, urgent };
}
