import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { searchPageResults } from './helpers';

interface Probe {
  q: string;
  page: string;
}
const dir = 'test/fixtures/search';
const probes: Probe[] = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => parse(readFileSync(join(dir, f), 'utf8')) as Probe[]);

test('the colloquial search fixture has at least 40 queries', () => {
  expect(probes.length).toBeGreaterThanOrEqual(40);
});

// Batches keep the run short while each query still goes through the real search page.
const BATCH = 12;
for (let b = 0; b * BATCH < probes.length; b++) {
  const batch = probes.slice(b * BATCH, (b + 1) * BATCH);
  test(`colloquial queries find the right page in the top 3 (batch ${b + 1})`, async ({ page }) => {
    const misses: string[] = [];
    for (const p of batch) {
      const top = (await searchPageResults(page, p.q)).slice(0, 3);
      if (!top.includes(`/${p.page}/`)) misses.push(`「${p.q}」→ 期望 /${p.page}/，实际前三：${top.join(' , ') || '（无）'}`);
    }
    expect(misses).toEqual([]);
  });
}

// The header box answers from the page directory first; it must find the same pages.
test('colloquial queries typed in the header box find the right page in the top 3', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/handbook/');
  const box = page.getByRole('combobox', { name: '搜索手册' });
  await box.click();
  const misses: string[] = [];
  for (const p of probes) {
    await box.fill('');
    await box.fill(p.q);
    await expect(page.locator('[data-search-suggest] [role=option], .suggest p').first()).toBeVisible();
    await expect(page.locator('.suggest')).not.toContainText('正在查找');
    const top = (await page.locator('[data-search-suggest] a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).slice(0, 3);
    if (!top.includes(`/${p.page}/`)) misses.push(`「${p.q}」→ 期望 /${p.page}/，实际前三：${top.join(' , ') || '（无）'}`);
  }
  expect(misses).toEqual([]);
});
