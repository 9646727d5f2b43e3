import { expect, test } from '@playwright/test';
import { watchErrors } from './helpers';

const pages = [
  ['首页', '/'],
  ['手册目录', '/handbook/'],
  ['栏目目录', '/handbook/cleaning/'],
  ['手册页', '/handbook/service/request-flow/'],
  ['应急目录', '/emergency/'],
  ['应急预案', '/emergency/fire/'],
  ['上墙版', '/emergency/fire/print/'],
  ['岗位目录', '/roles/'],
  ['岗位页', '/roles/security/'],
  ['管家的一天', '/day/steward-day/'],
  ['培训', '/train/'],
  ['应知应会', '/train/cards/'],
  ['考核', '/assess/'],
  ['我的', '/me/'],
  ['搜索', '/search/?q=%E6%BC%8F%E6%B0%B4'],
] as const;

for (const [name, path] of pages) {
  test(`${name} loads in Chinese with one heading and no console errors`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    expect(errors).toEqual([]);
  });
}

test('an unknown address shows the Chinese not-found page with a way to the emergency plans', async ({ page }) => {
  const res = await page.goto('/no/such/page/');
  expect(res?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('找不到这个页面');
  await expect(page.getByRole('link', { name: '打开应急预案' })).toBeVisible();
});

test('an emergency plan puts first actions first and phone numbers as tel: links', async ({ page }) => {
  await page.goto('/emergency/lift-entrapment/');
  const first = page.locator('#first-actions li');
  expect(await first.count()).toBeGreaterThan(0);
  expect(await first.count()).toBeLessThanOrEqual(3);
  // first actions come before the step list in reading order
  const order = await page.evaluate(() => {
    const a = document.querySelector('#first-actions')!;
    const b = document.querySelector('#steps')!;
    return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  expect(order).toBeTruthy();
  await expect(page.locator('#contacts a[href="tel:96333"]')).toBeVisible();
  await expect(page.locator('#steps .badge.role').first()).toBeVisible();
  await expect(page.locator('#never li').first()).toBeVisible();
  await expect(page.locator('#record li').first()).toBeVisible();
  await expect(page.locator('#sources li').first()).toBeVisible();
});

test('the header always offers the red emergency button and the main navigation', async ({ page }) => {
  await page.goto('/handbook/');
  await expect(page.getByRole('link', { name: '应急', exact: true }).first()).toBeVisible();
  const nav = page.getByRole('navigation', { name: '主导航' });
  for (const label of ['手册', '应急', '岗位', '培训', '考核', '我的']) await expect(nav.getByRole('link', { name: label })).toBeVisible();
  await expect(nav.getByRole('link', { name: '手册' })).toHaveAttribute('aria-current', 'page');
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/handbook/service/request-flow/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});

test('every content page names its sources and review date', async ({ page }) => {
  for (const path of ['/handbook/service/request-flow/', '/emergency/fire/', '/roles/security/', '/day/steward-day/']) {
    await page.goto(path);
    await expect(page.locator('#sources li').first()).toBeVisible();
    await expect(page.locator('#sources time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  }
});
