/**
 * Issue 22, speed on a slow phone: each round trip is 150 ms or more on a prepaid 4G plan, so the
 * path home → header search → first result is built to need as few as possible.
 */
import { expect, test } from '@playwright/test';

test.use({ serviceWorkers: 'block' });

test('touching search asks for all its scripts at once: none waits for another to arrive', async ({ page, context }) => {
  await page.goto('/handbook/');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const js = new Map<string, { start: number; end: number }>();
  cdp.on('Network.requestWillBeSent', (e) => {
    if (e.request.url.endsWith('.js')) js.set(e.requestId, { start: e.timestamp, end: Infinity });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = js.get(e.requestId);
    if (r) r.end = e.timestamp;
  });
  await page.getByRole('combobox', { name: '搜索手册' }).focus();
  await page.keyboard.type('困梯');
  await expect(page.locator('[data-search-suggest] a').first()).toHaveAttribute('href', '/emergency/lift-entrapment/');
  const reqs = [...js.values()];
  expect(reqs.length).toBeGreaterThanOrEqual(4);
  const firstArrival = Math.min(...reqs.map((r) => r.end));
  // what the first result needs was asked for before any script had arrived (one round trip)
  const late = reqs.filter((r) => r.start > firstArrival);
  expect(late, `${late.length} of ${reqs.length} scripts were asked for only after another arrived`).toEqual([]);
});

test('home draws with no style request, and fetches the styles of plans and handbook pages while idle', async ({ page, context }) => {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const css: { url: string; cached: boolean; id: string }[] = [];
  cdp.on('Network.requestWillBeSent', (e) => {
    if (e.request.url.endsWith('.css')) css.push({ url: e.request.url, cached: false, id: e.requestId });
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = css.find((c) => c.id === e.requestId);
    if (r) r.cached = e.response.fromDiskCache === true || e.response.fromPrefetchCache === true;
  });
  cdp.on('Network.requestServedFromCache', (e) => {
    const r = css.find((c) => c.id === e.requestId);
    if (r) r.cached = true;
  });
  await page.goto('/');
  expect(await page.locator('link[rel=stylesheet]').count()).toBe(0);
  await expect(page.locator('.site-header')).toHaveCSS('position', /sticky|relative|static/);
  const prefetched = await page.locator('link[rel=prefetch][as=style]').evaluateAll((ls) => ls.map((l) => (l as HTMLLinkElement).href));
  expect(prefetched.length).toBeGreaterThan(0);
  await expect.poll(() => css.length).toBe(prefetched.length);
  await page.waitForLoadState('networkidle');
  const before = css.length;
  await page.goto('/emergency/fire/');
  const onPlan = css.slice(before);
  expect(onPlan.length).toBeGreaterThan(0);
  expect(onPlan.filter((c) => !c.cached).map((c) => c.url)).toEqual([]);
});

test('the first result is fetched while it is read, so tapping it opens without waiting for the network', async ({ page, context }) => {
  await page.goto('/handbook/');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const prepared: string[] = [];
  const documents: { url: string; prefetched: boolean }[] = [];
  cdp.on('Network.requestWillBeSent', (e) => {
    if (e.type === 'Prefetch') prepared.push(new URL(e.request.url).pathname);
  });
  cdp.on('Network.responseReceived', (e) => {
    if (e.type === 'Document') documents.push({ url: new URL(e.response.url).pathname, prefetched: e.response.fromPrefetchCache === true });
  });
  await page.getByRole('combobox', { name: '搜索手册' }).focus();
  await page.keyboard.type('困梯');
  const first = page.locator('[data-search-suggest] li:first-child a');
  await expect(first).toHaveAttribute('href', '/emergency/lift-entrapment/');
  // a prerender where the browser allows one (not under test emulation), else this prefetch
  await expect.poll(() => prepared).toEqual(['/emergency/lift-entrapment/']);
  await page.waitForLoadState('networkidle');
  await first.click();
  await expect(page.locator('h1')).toHaveText('电梯故障与困人');
  expect(documents.at(-1)).toEqual({ url: '/emergency/lift-entrapment/', prefetched: true });
});
