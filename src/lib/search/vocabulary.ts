/**
 * The site's own words: what a page is called (and the parts of a title such as 「电梯故障与困人」),
 * its colloquial names, and the handbook words aliases point to. Built from the page directory the
 * search box already downloads, so it costs no extra request. Long sentences are searched by the
 * known words inside them; wrong characters are corrected towards these words (correct.ts).
 */
import type { AliasMap } from './aliases.ts';
import { descriptionWords, type Descriptions } from './descriptions.ts';
import type { DirectoryEntry } from './entry.ts';

export interface Vocabulary {
  /** every known word, longest first */
  words: string[];
  has: Set<string>;
}

const HAN_RUN = /\p{Script=Han}{2,}/gu;
/** colloquial names are short; longer entries in a page's word list are typical questions */
const MAX_WORD = 8;

/** The Chinese words of a title or name: the whole run, and the parts 与、和 and brackets separate. */
function wordsOf(text: string): string[] {
  const out: string[] = [];
  for (const run of text.match(HAN_RUN) ?? []) {
    out.push(run);
    for (const part of run.split(/[与和及]/)) if (part.length >= 2 && part !== run) out.push(part);
  }
  return out;
}

export function buildVocabulary(aliases: AliasMap, pages: Pick<DirectoryEntry, 'title' | 'words'>[], descriptions: Descriptions = {}): Vocabulary {
  const all = new Set<string>();
  const add = (w: string) => {
    for (const x of wordsOf(w.normalize('NFKC').toLowerCase())) if (x.length <= MAX_WORD) all.add(x);
  };
  for (const [key, a] of Object.entries(aliases)) {
    add(key);
    add(a.to);
  }
  descriptionWords(descriptions).forEach(add);
  for (const p of pages) {
    add(p.title);
    for (const w of p.words.split('|')) if ([...w].length <= MAX_WORD) add(w);
  }
  const words = [...all].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return { words, has: all };
}

export interface FoundWord {
  word: string;
  start: number;
  end: number;
}

/** Known words in a text, longest first and not overlapping, in text order. */
export function findWords(text: string, vocab: Vocabulary): FoundWord[] {
  const taken = new Array<boolean>(text.length).fill(false);
  const found: FoundWord[] = [];
  for (const w of vocab.words) {
    for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
      const end = i + w.length;
      if (taken.slice(i, end).some(Boolean)) continue;
      taken.fill(true, i, end);
      found.push({ word: w, start: i, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Whether a query holds two or more Chinese characters in a row that no known word covers: a
 * possible slip, worth fetching the readings for (correct.ts). Question words are not slips.
 */
export function hasUnknownStretch(text: string, vocab: Vocabulary, ignore: readonly string[] = []): boolean {
  let rest = text;
  for (const w of [...ignore].sort((a, b) => b.length - a.length)) rest = rest.split(w).join(' ');
  for (const f of findWords(rest, vocab).reverse()) rest = `${rest.slice(0, f.start)} ${rest.slice(f.end)}`;
  return /\p{Script=Han}{2,}/u.test(rest);
}
