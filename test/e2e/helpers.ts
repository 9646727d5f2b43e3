import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Collects console errors and failed requests so any page test can assert a clean load. */
export function watchErrors(page: Page) {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) errors.push(`${r.status()} ${r.url()}`);
  });
  return errors;
}

export async function searchFromPage(page: Page, query: string) {
  const box = page.getByRole('combobox', { name: '搜索手册' });
  await box.click();
  await box.fill(query);
  const list = page.locator('[data-search-suggest]');
  await expect(list).toBeVisible();
  return list;
}

/** Result links of /search/?q=… in rank order. */
export async function searchPageResults(page: Page, query: string, section?: string): Promise<string[]> {
  const params = new URLSearchParams({ q: query });
  if (section) params.set('section', section);
  await page.goto(`/search/?${params}`);
  await expect(page.locator('.search-status')).toContainText('找到');
  return page.locator('[data-search-results] > li > a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** Waits until every island on the page has hydrated (Astro removes the ssr attribute then). */
export async function hydrated(page: Page) {
  await expect(page.locator('astro-island[ssr]:not([client="focus"]):not([client="visible"])')).toHaveCount(0);
}

/** Waits until the service worker controls the page (it has then stored the first-visit files). */
export async function controlledBySw(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });
}

/** Paths (as asked for, e.g. /train/quiz/service/) in the service worker's training cache. */
export async function trainingCached(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const name = (await caches.keys()).find((k) => k.startsWith('wuye-training-'));
    return name ? (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname) : [];
  });
}

/**
 * WCAG 2.1 A/AA and best-practice violations on the page (or inside `include`), one line each
 * naming the rule and up to three elements, so a failing assertion says what to fix.
 */
export async function axe(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  const r = await (include ? builder.include(include) : builder).analyze();
  return r.violations.map(
    (v) =>
      `${v.id}: ${v.help} → ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}

/**
 * Puts values in the page's storage before its first script runs, once per tab. Writing them into a
 * page that is already open races its islands: one hydrating late (client:idle) reads the values
 * there and sets damage aside before the reload the test meant to read it.
 */
export async function storeBeforeScripts(page: Page, values: () => Record<string, string>) {
  await page.addInitScript((entries) => {
    if (sessionStorage.getItem('e2e-stored')) return;
    sessionStorage.setItem('e2e-stored', '1');
    for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
  }, values());
}
