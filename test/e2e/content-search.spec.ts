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

// One test per query: each stays short on a busy machine, and a miss names its query.
for (const p of probes) {
  test(`search page: 「${p.q}」 finds /${p.page}/ in the top 3`, async ({ page }) => {
    const top = (await searchPageResults(page, p.q)).slice(0, 3);
    expect(top, `实际前三：${top.join(' , ') || '（无）'}`).toContain(`/${p.page}/`);
  });
}

// The header box answers from the page directory first; it must find the same pages.
for (const p of probes) {
  test(`header box: 「${p.q}」 finds /${p.page}/ in the top 3`, async ({ page }) => {
    await page.goto('/handbook/');
    const box = page.getByRole('combobox', { name: '搜索手册' });
    await box.click();
    await box.fill(p.q);
    await expect(page.locator('[data-search-suggest] [role=option], .suggest p').first()).toBeVisible();
    await expect(page.locator('.suggest')).not.toContainText('正在查找');
    const top = (await page.locator('[data-search-suggest] a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).slice(0, 3);
    expect(top, `实际前三：${top.join(' , ') || '（无）'}`).toContain(`/${p.page}/`);
  });
}
