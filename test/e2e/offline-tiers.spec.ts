/**
 * Issue 22: the first visit stores what a shift needs (plans, incident runs, handbook, shift
 * checklists, search); training material waits for first use or for the phone to sit idle on
 * Wi-Fi, so a guard on a prepaid plan does not pay for exams he is not taking.
 */
import { expect, test } from '@playwright/test';
import { controlledBySw, hydrated, trainingCached } from './helpers';

// these tests need the offline worker (see playwright.config.ts)
test.use({ serviceWorkers: 'allow' });

/** What the phone's own network reports: Android's browsers say `cellular` on mobile data. */
const onMobileData = () =>
  Object.defineProperty(Navigator.prototype, 'connection', { configurable: true, get: () => ({ type: 'cellular', effectiveType: '4g', saveData: false, addEventListener() {} }) });

test('on mobile data the first visit stores the shift material only; a training page opened once works offline, one never opened says why', async ({ context, page }) => {
  await page.addInitScript(onMobileData);
  await page.goto('/emergency/');
  await controlledBySw(page);
  const precached = await page.evaluate(async () => {
    const name = (await caches.keys()).find((k) => k.startsWith('workbox-precache'))!;
    return (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
  });
  for (const p of [
    '/emergency/fire/index.html',
    '/emergency/fire/run/index.html',
    '/handbook/service/request-flow/index.html',
    '/train/checklist/patrol-shift/index.html',
    '/pagefind/pagefind.js',
    '/search-aliases.json',
    '/offline/index.html',
  ])
    expect(precached, p).toContain(p);
  expect(precached.filter((p) => /^\/(train\/(quiz|drill|cards)|exam-data|assess)\//.test(p) || /\/print\//.test(p))).toEqual([]);

  // a page that has sat idle on mobile data has fetched no training material
  await page.goto('/handbook/');
  await page.evaluate(() => new Promise((r) => requestIdleCallback(r)));
  expect(await trainingCached(page)).toEqual([]);

  // first use stores the page and what it runs
  await page.goto('/train/quiz/cleaning/');
  await hydrated(page);
  await expect.poll(() => trainingCached(page)).toContain('/train/quiz/cleaning/');

  await context.setOffline(true);
  await page.goto('/train/quiz/cleaning/');
  await hydrated(page);
  await expect(page.getByRole('button', { name: /从头练习/ })).toBeVisible();
  await page.goto('/train/drill/night-lift-entrapment/');
  await expect(page.locator('h1')).toHaveText('没有网络，这一页还没存到这台设备上');
  await expect(page.locator('main')).toContainText('连上 Wi-Fi');
  // what a shift needs is all there
  await page.goto('/emergency/lift-entrapment/run/');
  await expect(page.locator('h1')).toHaveText('现场处置：电梯故障与困人');
  await context.setOffline(false);
});
