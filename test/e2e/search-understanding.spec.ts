import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { hydrated } from './helpers';

/**
 * How staff type in a hurry (issue 22), against the build: wrong characters, voice input and
 * everyday descriptions (test/fixtures/search/*.json; the unit test runs all of them through the
 * pure pipeline, this runs a sample through both search islands), the correction notice, and a
 * query of characters no page holds.
 */
interface Probe {
  q: string;
  page: string;
  /** only full text finds it: always in the sample */
  fullText?: boolean;
}
const load = (name: string) => JSON.parse(readFileSync(`test/fixtures/search/${name}.json`, 'utf8')) as Probe[];
// every fourth query of each set (a spread, not the easy ones at the top), and every one only
// full text can answer
const sample = (name: string) => load(name).filter((p, i) => i % 4 === 0 || p.fullText);

const paths = (page: Page, selector: string) => page.locator(selector).evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

for (const set of ['typos', 'voice', 'descriptions']) {
  test(`search page: a sample of the ${set} fixtures find their page in the top 3`, async ({ page }) => {
    const misses: string[] = [];
    await page.goto('/search/');
    await hydrated(page);
    for (const p of sample(set)) {
      const box = page.getByLabel('搜索内容');
      await box.fill(p.q);
      await box.press('Enter');
      await expect(page.locator('.search-status')).toContainText(`「${p.q}」`);
      await expect(page.locator('[data-search-results]')).toHaveAttribute('aria-busy', 'false');
      const top = (await paths(page, '[data-search-results] > li > a')).slice(0, 3);
      if (!top.includes(`/${p.page}/`)) misses.push(`「${p.q}」→ 期望 /${p.page}/，实际前三：${top.join(' , ') || '（无）'}`);
    }
    expect(misses).toEqual([]);
  });

  test(`header box: a sample of the ${set} fixtures find their page in the top 3`, async ({ page }) => {
    const misses: string[] = [];
    await page.goto('/handbook/');
    const box = page.getByRole('combobox', { name: '搜索手册' });
    await box.click();
    for (const p of sample(set)) {
      await box.fill(p.q);
      // the list answers this query, corrections included, not the one before it
      await expect(page.locator('.suggest')).toHaveAttribute('data-done', p.q);
      const top = (await paths(page, '[data-search-suggest] a')).slice(0, 3);
      if (!top.includes(`/${p.page}/`)) misses.push(`「${p.q}」→ 期望 /${p.page}/，实际前三：${top.join(' , ') || '（无）'}`);
      await box.fill('');
    }
    expect(misses).toEqual([]);
  });
}

test('a wrong character is corrected, said so, and the words as typed are one tap away (header box)', async ({ page }) => {
  await page.goto('/handbook/');
  const box = page.getByRole('combobox', { name: '搜索手册' });
  await box.click();
  await box.fill('燃气泄露');
  await expect(page.locator('.suggest')).toHaveAttribute('data-done', '燃气泄露');
  await expect(page.locator('[data-search-corrected]')).toContainText('已按『燃气泄漏』搜索');
  await expect(page.locator('[data-search-suggest] a').first()).toHaveAttribute('href', '/emergency/gas-leak/');
  await page.getByRole('button', { name: '仍按『燃气泄露』搜索' }).click();
  await expect(page.locator('[data-search-corrected]')).toHaveCount(0);
  await expect(page.locator('.suggest')).toHaveAttribute('data-done', '燃气泄露');
  await expect(page.locator('.suggest a.all-results')).toHaveAttribute('href', /exact=1$/);
});

test('a wrong character is corrected on /search/, and 仍按 searches the words as typed, keeping it in the link', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('电梯困认'));
  await expect(page.locator('[data-search-corrected]')).toContainText('已按『电梯困人』搜索');
  await expect(page.locator('[data-search-results] > li > a').first()).toHaveAttribute('href', '/emergency/lift-entrapment/');
  await page.getByRole('button', { name: '仍按『电梯困认』搜索' }).click();
  await expect(page).toHaveURL(/exact=1/);
  await expect(page.locator('[data-search-corrected]')).toHaveCount(0);
  await expect(page.locator('[data-search-results]')).toHaveAttribute('aria-busy', 'false');
});

test('traditional characters find the simplified pages, with no correction notice', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('燃氣洩漏'));
  await expect(page.locator('[data-search-results] > li > a').first()).toHaveAttribute('href', '/emergency/gas-leak/');
  await expect(page.locator('[data-search-corrected]')).toHaveCount(0);
});

test('characters no page holds end in 没有找到 with somewhere to go, in both search boxes', async ({ page }) => {
  const q = '龘靐齉';
  await page.goto('/search/?q=' + encodeURIComponent(q));
  await expect(page.locator('[data-search-nothing]')).toContainText(`没有找到「${q}」`);
  await expect(page.locator('[data-search-nothing] a[href="/emergency/"]')).toBeVisible();

  await page.goto('/handbook/');
  const box = page.getByRole('combobox', { name: '搜索手册' });
  await box.click();
  await box.fill(q);
  await expect(page.locator('.suggest [data-search-nothing]')).toContainText(`没有找到「${q}」`);
  await expect(page.locator('.suggest [data-search-nothing] a[href="/emergency/"]')).toBeVisible();
});
