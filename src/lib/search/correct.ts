/**
 * Wrong characters from the pinyin keyboard (泄露 for 泄漏, 困认 for 困人, 跑谁 for 跑水): a stretch
 * of the query the site's vocabulary does not know is compared by sound with the words it does.
 * The browser gets no pinyin dictionary: only the readings of the characters such slips are made
 * of, and the site's words by their reading (built at build time: pinyin-table.ts).
 */
import { findWords, type Vocabulary } from './vocabulary.ts';

export interface PinyinTable {
  /** loose syllable → the characters read that way */
  chars: Record<string, string>;
  /** loose syllables of a word, space-separated → the site's words read that way */
  words: Record<string, string[]>;
}

export interface Correction {
  from: string;
  to: string;
}

/**
 * The sounds southern speakers and hurried typists confuse (zh/z, ch/c, sh/s, n/l, -ng/-n) are
 * one sound here, so 困人 typed as 困能 or 泄漏 as 些漏 still reads alike. Tones are ignored.
 */
export function looseSyllable(s: string): string {
  return s
    .toLowerCase()
    .replace(/^([zcs])h/, '$1')
    .replace(/^n(?=[aeiouü])/, 'l')
    .replace(/([aei])ng$/, '$1n');
}

interface Lookup {
  readings: Map<string, string[]>;
  /** every word the table knows: one of them in the query is a word, not a slip */
  known: Vocabulary;
}
const lookups = new WeakMap<PinyinTable, Lookup>();
function lookupOf(table: PinyinTable): Lookup {
  let l = lookups.get(table);
  if (!l) {
    const words = [...new Set(Object.values(table.words).flat())].sort((a, b) => b.length - a.length);
    l = { readings: new Map(), known: { words, has: new Set(words) } };
    for (const [syl, chars] of Object.entries(table.chars))
      for (const ch of chars) {
        const list = l.readings.get(ch);
        if (list) list.push(syl);
        else l.readings.set(ch, [syl]);
      }
    lookups.set(table, l);
  }
  return l;
}

const HAN = /^\p{Script=Han}$/u;
const MAX_WINDOW = 6;
/** a character with several readings multiplies the keys to look up; beyond this, give up */
const MAX_KEYS = 32;

function keysOf(window: string, readings: Map<string, string[]>): string[] {
  let keys = [''];
  for (const ch of window) {
    const r = readings.get(ch);
    if (!r) return [];
    keys = keys.flatMap((k) => r.map((s) => (k ? `${k} ${s}` : s)));
    if (keys.length > MAX_KEYS) return [];
  }
  return keys;
}

interface Candidate {
  start: number;
  from: string;
  to: string;
  score: number;
}

/** One run of text (no spaces): stretches the vocabulary does not cover, replaced by a known word that sounds the same. */
function correctRun(run: string, vocab: Vocabulary, table: PinyinTable, keep: readonly string[]): { text: string; corrections: Correction[] } {
  const chars = [...run];
  if (chars.length !== run.length) return { text: run, corrections: [] }; // outside the BMP: nothing of ours
  const { readings, known } = lookupOf(table);
  // the site's words, and the handbook's words, in the query are words, not slips (垃圾 in 垃圾房)
  const covered = new Array<boolean>(run.length).fill(false);
  for (const f of [...findWords(run, vocab), ...findWords(run, known)]) covered.fill(true, f.start, f.end);
  // and so are everyday words for where (楼道 in 楼道地上, not 倒地)
  for (const w of keep) if (w.length > 1) for (let i = run.indexOf(w); i >= 0; i = run.indexOf(w, i + 1)) covered.fill(true, i, i + w.length);
  if (covered.every(Boolean)) return { text: run, corrections: [] };
  const cands: Candidate[] = [];
  for (let len = Math.min(MAX_WINDOW, run.length); len >= 2; len--) {
    for (let s = 0; s + len <= run.length; s++) {
      const w = run.slice(s, s + len);
      if (vocab.has.has(w) || known.has.has(w) || ![...w].every((c) => HAN.test(c))) continue;
      if (covered.slice(s, s + len).every(Boolean)) continue;
      for (const key of keysOf(w, readings)) {
        for (const to of table.words[key] ?? []) {
          if (to.length !== len || to === w) continue;
          let same = 0;
          let ok = true;
          for (let i = 0; i < len; i++) {
            if (w[i] === to[i]) same++;
            // a known word already in the query is never changed
            else if (covered[s + i]) ok = false;
          }
          const wrong = len - same;
          if (!ok || same === 0 || wrong > (len <= 3 ? 1 : 2)) continue;
          cands.push({ start: s, from: w, to, score: same * 2 + len - wrong });
        }
      }
    }
  }
  cands.sort((a, b) => b.score - a.score || a.start - b.start);
  const used = new Array<boolean>(run.length).fill(false);
  const chosen: Candidate[] = [];
  for (const c of cands) {
    const end = c.start + c.from.length;
    if (used.slice(c.start, end).some(Boolean)) continue;
    used.fill(true, c.start, end);
    chosen.push(c);
  }
  chosen.sort((a, b) => a.start - b.start);
  let text = '';
  let at = 0;
  for (const c of chosen) {
    text += run.slice(at, c.start) + c.to;
    at = c.start + c.from.length;
  }
  text += run.slice(at);
  return { text, corrections: chosen.map(({ from, to }) => ({ from, to })) };
}

/** The query with each misheard stretch replaced by the site's word, and what was replaced. */
export function correctSlips(text: string, vocab: Vocabulary, table: PinyinTable, keep: readonly string[] = []): { text: string; corrections: Correction[] } {
  const corrections: Correction[] = [];
  const out = text
    .split(' ')
    .map((run) => {
      const r = correctRun(run, vocab, table, keep);
      corrections.push(...r.corrections);
      return r.text;
    })
    .join(' ');
  return { text: out, corrections };
}
