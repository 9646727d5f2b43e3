import { expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { allWithin, builtText } from './built-text';

interface Fact {
  page: string;
  seed: string;
  all: string[];
}
const dir = 'test/fixtures/facts';
const facts: (Fact & { file: string })[] = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => (parse(readFileSync(join(dir, f), 'utf8')) as Fact[]).map((x) => ({ ...x, file: f })));
const WINDOW = 120;

test('the fact fixture covers at least 150 facts from the seed documents', () => {
  expect(facts.length).toBeGreaterThanOrEqual(150);
});

test('every seed fact appears, with its context, on the page it belongs to', () => {
  const cache = new Map<string, string>();
  const missing: string[] = [];
  for (const f of facts) {
    if (!cache.has(f.page)) cache.set(f.page, builtText(f.page));
    const needles = f.all.map((s) => String(s).replace(/\s+/g, ''));
    if (!allWithin(cache.get(f.page)!, needles, WINDOW)) missing.push(`${f.file}: ${f.page} 缺少「${needles.join(' … ')}」（${f.seed}）`);
  }
  expect(missing).toEqual([]);
});
