/**
 * Issue 25, first contact: a number on a page is the number as written — ASCII hyphen, no
 * look-alike character — so copying it or finding 「0000-8000004」 on the page works; it still
 * never breaks across two lines, in 大字 on a narrow phone too.
 */
import { expect, test } from '@playwright/test';

for (const large of [false, true])
  test(`gas leak plan${large ? '，大字' : ''}: the gas number is found as typed and sits on one line`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    if (large) await page.addInitScript(() => localStorage.setItem('wuye:v1:settings', JSON.stringify({ largeText: true })));
    await page.goto('/emergency/gas-leak/');
    const text = await page.locator('main').innerText();
    expect(text).toContain('0000-8000004');
    expect(text).not.toMatch(/\u2011/);
    // what find-in-page and copy see: the number in one text node, as typed
    const numbers = page.getByText('0000-8000004', { exact: false });
    await expect(numbers.first()).toBeVisible();
    const lines = await page.evaluate(() => {
      const out: { text: string; lines: number }[] = [];
      const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const t = n.textContent ?? '';
        const at = t.indexOf('0000-8000004');
        if (at < 0 || !(n.parentElement && n.parentElement.offsetParent)) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + '0000-8000004'.length);
        // one rectangle per line the number is drawn on
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        out.push({ text: t.trim(), lines: tops.size });
      }
      return out;
    });
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l, l.text).toMatchObject({ lines: 1 });
  });
