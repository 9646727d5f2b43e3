/** What searching costs in bytes, measured in the browser: the requests a query really makes. */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const br = (b: Buffer) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const file = (url: string) => readFileSync(join('dist', decodeURIComponent(new URL(url, 'http://x').pathname).replace(/\/$/, '/index.html')));

async function headerSearchBytes(page: import('@playwright/test').Page, query: string) {
  const urls: string[] = [];
  await page.goto('/handbook/service/request-flow/');
  await page.waitForLoadState('networkidle');
  page.on('request', (r) => urls.push(r.url()));
  const box = page.getByRole('combobox', { name: '搜索手册' });
  await box.click();
  await box.fill(query);
  await expect(page.locator('[data-search-suggest] [role=option]').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  const fetched = [...new Set(urls.filter((u) => u.startsWith('http://127.0.0.1')))];
  return { fetched, total: fetched.reduce((n, u) => n + br(file(u)), 0) };
}

test('opening search and the first Chinese query fetch at most 120 KiB', async ({ page }) => {
  const { total } = await headerSearchBytes(page, '电梯困人怎么办');
  expect(total).toBeLessThanOrEqual(120 * 1024);
});

// When no page's name, summary or typical questions hold every word, the header falls back to
// Pagefind's full text: its wasm (54 KiB) plus a ~33 KiB index chunk for each word range the query touches.
test('a query only full text can answer stays within 300 KiB', async ({ page }) => {
  const { fetched, total } = await headerSearchBytes(page, '挡鼠板小心绊倒');
  expect(fetched.some((u) => u.includes('/pagefind/'))).toBe(true);
  expect(total).toBeLessThanOrEqual(300 * 1024);
});
