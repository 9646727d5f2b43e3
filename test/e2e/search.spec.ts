import { expect, test } from '@playwright/test';
import { searchFromPage, searchPageResults, watchErrors } from './helpers';

const HANDBOOK_PAGE = '/handbook/cleaning/garbage-retention/';

test('a handbook page loads no JavaScript until the search box is focused', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script' || r.url().endsWith('.js')) scripts.push(r.url());
  });
  await page.goto(HANDBOOK_PAGE);
  await page.waitForLoadState('networkidle');
  await page.mouse.wheel(0, 2000);
  // scrolled, painted and idle: anything waiting to be seen (client:visible) has asked for its code by now
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(r)))));
  expect(scripts).toEqual([]);

  await page.getByRole('combobox', { name: '搜索手册' }).focus();
  await expect.poll(() => scripts.length).toBeGreaterThan(0);
});

for (const [query, expected] of [
  ['电梯困人', '/emergency/lift-entrapment/'],
  ['困梯', '/emergency/lift-entrapment/'],
  ['消防通道被堵了怎么办', '/handbook/security/patrol/'],
] as const) {
  test(`header search finds ${expected} for 「${query}」`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(HANDBOOK_PAGE);
    const list = await searchFromPage(page, query);
    const links = await list.locator('a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links.length).toBeGreaterThan(0);
    expect(links).toContain(expected);
    expect(errors).toEqual([]);
  });
}

test('the search box is keyboard operable: / focuses it, arrows pick, Enter opens', async ({ page }) => {
  await page.goto('/handbook/');
  await page.keyboard.press('/');
  const box = page.getByRole('combobox', { name: '搜索手册' });
  await expect(box).toBeFocused();
  await page.keyboard.type('困梯');
  // the list has settled on the whole query (typing may have begun while the box was still loading)
  await expect(page.locator('.suggest[data-done="困梯"] [role=option]').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-activedescendant', 'search-suggest-0');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/emergency\/lift-entrapment\/$/);
});

test('pressing Enter without picking goes to the shareable search page', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('combobox', { name: '搜索手册' });
  await box.fill('没电');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await expect(page.locator('[data-search-results] > li').first()).toBeVisible();
});

test('/search/?q= shows results for the URL query in rank order and filters by section', async ({ page }) => {
  const all = await searchPageResults(page, '消防通道');
  expect(all.length).toBeGreaterThan(1);
  const onlyPlans = await searchPageResults(page, '消防通道', '应急');
  expect(onlyPlans.length).toBeGreaterThan(0);
  expect(onlyPlans.every((u) => u.startsWith('/emergency/'))).toBe(true);
  await expect(page.getByRole('radio', { name: '应急' })).toBeChecked();
  await page.getByRole('radio', { name: '全部' }).check();
  await expect(page).toHaveURL(/q=%E6%B6%88%E9%98%B2%E9%80%9A%E9%81%93$/);
});

test('a query that matches nothing says so in Chinese', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('qwxzvkj'));
  await expect(page.locator('.search-status')).toContainText('找到 0 条');
});
