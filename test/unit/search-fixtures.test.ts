/**
 * The query-understanding fixtures (test/fixtures/search/*.json: wrong characters, voice input,
 * everyday descriptions) through the pure pipeline the header box runs first: normalise, strip
 * fillers, correct slips by reading, rewrite descriptions, aliases, then the page directory.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ids, top3 } from './helpers/search-site.ts';

/** fullText: only Pagefind's full text finds it (the e2e batch runs those); the rest must answer here */
const load = (name: string) => JSON.parse(readFileSync(`test/fixtures/search/${name}.json`, 'utf8')) as { q: string; page: string; fullText?: boolean }[];

describe('query-understanding fixtures through the pure pipeline', () => {
  for (const [name, min] of [
    ['typos', 60],
    ['voice', 30],
    ['descriptions', 40],
  ] as const) {
    it(`${name}: at least ${min} queries, each finds its page in the top 3 from the page directory`, () => {
      const probes = load(name);
      expect(probes.length).toBeGreaterThanOrEqual(min);
      for (const p of probes) expect(ids.has(p.page), p.page).toBe(true);
      const misses = probes.filter((p) => !p.fullText && !top3(p.q).includes(p.page)).map((p) => `「${p.q}」→ 期望 ${p.page}，实际前三：${top3(p.q).join(' , ') || '（无）'}`);
      expect(misses).toEqual([]);
    });
  }
});
