/**
 * Every built page, at the narrowest phone widths staff use: nothing may make the page scroll
 * sideways (a wide table, a long option, a code) — text wraps, tables reflow or scroll in their box.
 */
import { expect, test } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function pages(dir: string, base = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === '_astro' || name === 'pagefind' || name === 'exam-data' ? [] : pages(p, `${base}${name}/`);
    return name === 'index.html' ? [`/${base}`] : [];
  });
}
const all = pages('dist').sort();
const CHUNK = 16;

test('the site has the pages this test walks through', () => {
  expect(all.length).toBeGreaterThan(150);
});

for (let i = 0; i < all.length; i += CHUNK) {
  const chunk = all.slice(i, i + CHUNK);
  test(`no sideways scrolling at 320 and 390 px: ${chunk[0]} … (${chunk.length} pages)`, async ({ page }) => {
    const wide: string[] = [];
    // one visit per page, both widths: a resize re-applies the media queries (24rem sits between them)
    for (const path of chunk) {
      await page.setViewportSize({ width: 320, height: 800 });
      await page.goto(path);
      for (const width of [320, 390]) {
        await page.setViewportSize({ width, height: 800 });
        const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (over > 1) wide.push(`${path} 在 ${width}px 宽时横向多出 ${over}px`);
      }
    }
    expect(wide).toEqual([]);
  });
}
