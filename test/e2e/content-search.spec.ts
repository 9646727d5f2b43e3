import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { hydrated } from './helpers';

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

// Queries in small batches on one page each (the search page takes a new query without a reload):
// each test stays short on a busy machine, and a miss names its query.
const BATCH = 8;
const batches = Array.from({ length: Math.ceil(probes.length / BATCH) }, (_, i) => probes.slice(i * BATCH, (i + 1) * BATCH));

for (const batch of batches) {
  test(`search page: 「${batch[0].q}」… (${batch.length} queries) find their page in the top 3`, async ({ page }) => {
    const misses: string[] = [];
    await page.goto('/search/');
    await hydrated(page);
    for (const p of batch) {
      const box = page.getByLabel('搜索内容');
      await box.fill(p.q);
      await box.press('Enter');
      await expect(page.locator('.search-status')).toContainText(`「${p.q.trim()}」`);
      await expect(page.locator('.search-status')).toContainText('找到');
      const top = (await page.locator('[data-search-results] > li > a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).slice(0, 3);
      if (!top.includes(`/${p.page}/`)) misses.push(`「${p.q}」→ 期望 /${p.page}/，实际前三：${top.join(' , ') || '（无）'}`);
    }
    expect(misses).toEqual([]);
  });
}

// The header box answers from the page directory first; it must find the same pages.
for (const batch of batches) {
  test(`header box: 「${batch[0].q}」… (${batch.length} queries) find their page in the top 3`, async ({ page }) => {
    const misses: string[] = [];
    await page.goto('/handbook/');
    const box = page.getByRole('combobox', { name: '搜索手册' });
    await box.click();
    for (const p of batch) {
      await box.fill(p.q);
      // the list answers this query, not the one before it
      await expect(page.locator('.suggest')).toHaveAttribute('data-done', p.q.trim());
      const top = (await page.locator('[data-search-suggest] a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).slice(0, 3);
      if (!top.includes(`/${p.page}/`)) misses.push(`「${p.q}」→ 期望 /${p.page}/，实际前三：${top.join(' , ') || '（无）'}`);
      await box.fill('');
    }
    expect(misses).toEqual([]);
  });
}
