import { expandAliases, type AliasMap, type AliasMatch } from './aliases.ts';
import { correctSlips, type Correction, type PinyinTable } from './correct.ts';
import { rewriteDescriptions, type Descriptions } from './descriptions.ts';
import { stripFillers } from './fillers.ts';
import { normalizeQuery } from './normalize.ts';
import { PARTICLES, QUESTION_PHRASES } from './stopwords.ts';
import { findWords, hasUnknownStretch, type Vocabulary } from './vocabulary.ts';

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

const URGENT =
  /走失|走丢|不见了|拉肚子|上吐下泻|着火|起火|火灾|冒烟|烟雾|困人|被困|关电梯|救命|漏水|渗水|进水|跑水|爆管|水淹|淹了|煤气|燃气|触电|电到|晕倒|昏迷|倒地|摔倒|溺水|咬伤|泄漏|中暑|打架|斗殴|抢劫|小偷|被盗|地震|台风|暴雨|停电|没电|停水|中毒|坠落|掉下|紧急|急救|受伤|流血/;

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
  /** the whole cleaned query (a spoken sentence: the site words in it), as one Pagefind search */
  full: string;
  /** separate terms for the fallback search, in query order, without duplicates */
  terms: string[];
  aliases: AliasMatch[];
  urgent: boolean;
  /** the words themselves tell of an incident (not only an alias naming a plan) */
  incident: boolean;
  /**
   * the terms a page must hold to answer from the page directory: without the weak ones (where,
   * how much, lone characters), which only add to a page's score
   */
  required: string[];
  /** wrong characters replaced by the site's words (correct.ts); empty when none */
  corrections: Correction[];
  /** the query as searched once fillers are gone and slips corrected: what the correction notice shows */
  searched: string;
  /**
   * a long spoken sentence reduced to the site's words found in it: a page need not hold every
   * one of them (searchDirectory ranks by how many it holds)
   */
  loose: boolean;
  /** the query holds a stretch of Chinese no site word covers: a possible slip (see correct.ts) */
  unknown: boolean;
}

export interface Understanding {
  /** the site's words (vocabulary.ts): long sentences are searched by the ones inside them */
  vocab?: Vocabulary;
  /** readings for correcting wrong characters; without it no correction is tried */
  pinyin?: PinyinTable;
  /** traditional/variant → simplified (data/variants.ts, shipped with the directory) */
  variants?: Record<string, string>;
  /** everyday descriptions → the handbook's words (data/descriptions.ts, shipped with the directory) */
  descriptions?: Descriptions;
  /** fillers of spoken Chinese (data/spoken.ts) */
  fillers?: readonly string[];
  /** where and how much: terms a page need not hold (data/spoken.ts) */
  weak?: readonly string[];
  segment?: Segment;
}

/** question words are not slips; particles are left in, since 着活了 is 着火 misspelt, not 活 */
const NOT_SLIPS = QUESTION_PHRASES;

/**
 * From this many characters (without fillers and question words) a query is a spoken sentence
 * rather than typed keywords.
 */
const SENTENCE = 10;

/**
 * A run-on sentence searched as a whole fails (no page holds 五号楼, 挺大 and 进水), so it is
 * reduced to the site's words found in it, when there are any.
 */
function knownWordsOnly(text: string, vocab: Vocabulary | undefined): { text: string; rest: string; loose: boolean; known: boolean } {
  // a typed question (消防通道被堵了怎么办) is long with its question words; a spoken sentence without them
  let said = text.replace(/\s/g, '');
  for (const p of PHRASES_LONGEST_FIRST) said = said.split(p).join('');
  if (!vocab || said.length < SENTENCE) return { text, rest: '', loose: false, known: false };
  const found = findWords(text, vocab);
  // no site word in it: still a sentence, whose words a page need not all hold
  if (!found.length) return { text, rest: '', loose: true, known: false };
  let rest = text;
  for (const f of [...found].reverse()) rest = `${rest.slice(0, f.start)} ${rest.slice(f.end)}`;
  return { text: [...new Set(found.map((f) => f.word))].join(' '), rest, loose: true, known: true };
}

/**
 * A site word that holds a shorter alias (群体投诉 holds 投诉) stays whole: split, neither half
 * names the page the whole word does.
 */
function protectWords(text: string, aliases: AliasMap, vocab: Vocabulary | undefined): AliasMap {
  if (!vocab) return aliases;
  const keys = Object.keys(aliases);
  const extra: AliasMap = {};
  for (const { word } of findWords(text, vocab)) if (!aliases[word] && keys.some((k) => word.includes(k))) extra[word] = { to: word };
  return Object.keys(extra).length ? { ...aliases, ...extra } : aliases;
}

export function planQuery(raw: string, aliases: AliasMap, understand: Understanding = {}): QueryPlan {
  const segment = understand.segment ?? intlSegment;
  const normalized = normalizeQuery(raw, understand.variants);
  const spoken = stripFillers(normalized, understand.fillers ?? []);
  const corrected = understand.vocab && understand.pinyin ? correctSlips(spoken, understand.vocab, understand.pinyin, understand.weak) : { text: spoken, corrections: [] };
  const described = rewriteDescriptions(corrected.text, understand.descriptions ?? {}, aliases);
  const sentence = knownWordsOnly(described, understand.vocab);
  const expanded = expandAliases(sentence.text, protectWords(sentence.text, aliases, understand.vocab));
  let text = expanded.text;
  for (const p of PHRASES_LONGEST_FIRST) text = text.split(p).join(' ');
  // where and how much come out whole before segmenting (the segmenter splits 楼道里 into 楼 道里)
  const weakWords = new Set(understand.weak);
  const placed: string[] = [];
  for (const w of [...weakWords].sort((a, b) => b.length - a.length)) {
    if (w.length > 1 && text.includes(w)) {
      placed.push(w);
      text = text.split(w).join(' ');
    }
  }
  // Alias targets were spaced apart by expandAliases and stay whole; the rest is segmented.
  const keep = expanded.matches.map((m) => m.to.normalize('NFKC').toLowerCase());
  const terms: string[] = [];
  for (const chunk of text.split(' ').filter(Boolean)) {
    // in a sentence reduced to known words, each chunk is one of the site's words: kept whole
    if (keep.includes(chunk) || sentence.known) {
      terms.push(chunk);
      continue;
    }
    terms.push(...joinSingles(segment(chunk).filter((w) => !PARTICLES.has(w))));
  }
  const all = [...new Set([...terms, ...placed])];
  // where and how much are weak, unless they are all the query says
  // in a spoken sentence, a lone character left over is noise; in a typed query it may be the
  // verb that matters (消防通道被堵了: 堵)
  const isWeak = (t: string) => weakWords.has(t) || (sentence.loose && CJK.test(t) && all.some((u) => [...u].length > 1 && !weakWords.has(u)));
  const strong = all.some((t) => !isWeak(t)) ? all.filter((t) => !isWeak(t)) : all;
  // the rest of a spoken sentence may still name the place or thing: weak terms that only add
  // to a page's score (a lone character is noise here)
  let rest = sentence.rest;
  for (const p of PHRASES_LONGEST_FIRST) rest = rest.split(p).join(' ');
  const weak = rest
    .split(' ')
    .filter(Boolean)
    .flatMap((chunk) => joinSingles(segment(chunk).filter((w) => !PARTICLES.has(w))))
    .filter((w) => [...w].length > 1 && !strong.includes(w));
  const unique = [...new Set([...all, ...weak])];
  const incident = URGENT.test(normalized) || URGENT.test(described);
  const urgent = incident || expanded.matches.some((m) => m.page?.startsWith('emergency/'));
  return {
    original: raw,
    full: (sentence.loose ? strong : all).join(' '),
    terms: unique,
    required: strong,
    aliases: expanded.matches,
    urgent,
    incident,
    corrections: corrected.corrections,
    searched: corrected.text,
    loose: sentence.loose,
    unknown: understand.vocab ? hasUnknownStretch(corrected.text, understand.vocab, NOT_SLIPS) : false,
  };
}
