/**
 * Build time only (pinyin-pro stays out of the browser): the readings the slip corrector needs.
 * Characters: those of the site's words, and the common characters (GB2312 level 1, what a pinyin
 * keyboard offers first) that share a reading with them. Words: the site's words by reading, and
 * the words of the pages' summaries (防控, 值班, 小偷: the handbook's vocabulary beyond page names).
 */
import { pinyin } from 'pinyin-pro';
import { looseSyllable, type PinyinTable } from './correct.ts';

const readings = (ch: string): string[] => [...new Set((pinyin(ch, { toneType: 'none', multiple: true, type: 'array' }) as string[]).map(looseSyllable))];

function commonCharacters(): string[] {
  const gb = new TextDecoder('gb18030');
  const out: string[] = [];
  for (let hi = 0xb0; hi <= 0xd7; hi++) for (let lo = 0xa1; lo <= 0xfe; lo++) out.push(gb.decode(new Uint8Array([hi, lo])));
  return out.filter((c) => /^\p{Script=Han}$/u.test(c));
}

/** Two- to four-character words of running text, by the platform's word segmenter. */
export function wordsOfText(texts: string[]): string[] {
  const seg = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const out = new Set<string>();
  for (const t of texts) for (const s of seg.segment(t)) if (s.isWordLike && /^\p{Script=Han}{2,4}$/u.test(s.segment)) out.add(s.segment);
  return [...out];
}

export function buildPinyinTable(words: string[], texts: string[] = []): PinyinTable {
  const table: PinyinTable = { chars: {}, words: {} };
  const siteChars = new Set<string>();
  for (const w of new Set([...words, ...wordsOfText(texts)])) {
    if (!/^\p{Script=Han}{2,}$/u.test(w)) continue;
    const key = (pinyin(w, { toneType: 'none', type: 'array' }) as string[]).map(looseSyllable).join(' ');
    (table.words[key] ??= []).push(w);
    for (const c of w) siteChars.add(c);
  }
  const syllables = new Map<string, Set<string>>();
  const addChar = (c: string) => {
    for (const s of readings(c)) {
      let set = syllables.get(s);
      if (!set) syllables.set(s, (set = new Set()));
      set.add(c);
    }
  };
  siteChars.forEach(addChar);
  const siteSyllables = new Set(syllables.keys());
  for (const c of commonCharacters()) if (!siteChars.has(c) && readings(c).some((s) => siteSyllables.has(s))) addChar(c);
  for (const [s, set] of [...syllables].sort(([a], [b]) => (a < b ? -1 : 1))) if (siteSyllables.has(s)) table.chars[s] = [...set].join('');
  return table;
}
