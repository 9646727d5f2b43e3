import { expect, test } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { controlledBySw, hydrated, searchFromPage, trainingCached } from './helpers';
import { answer, loadBank } from './quizDriver';

// these tests need the offline worker (see playwright.config.ts)
test.use({ serviceWorkers: 'allow' });

const SITE = 'https://handbook.example.org';

test('after one visit on Wi-Fi the handbook, search, quizzes and drills work with no network', async ({ context, page }) => {
  await page.goto('/');
  // the worker controls the page once it has stored the first-visit files; training material
  // follows while the page sits idle (a desktop browser counts as Wi-Fi)
  await controlledBySw(page);
  const training = JSON.parse(readFileSync(join(process.env.DIST_DIR ?? 'dist', '.offline-tiers.json'), 'utf8')).training as string[];
  await expect.poll(async () => (await trainingCached(page)).length, { timeout: 60_000 }).toBe(training.length);
  await context.setOffline(true);

  await page.goto('/emergency/gas-leak/');
  await expect(page.locator('h1')).toHaveText('燃气泄漏');
  await expect(page.locator('#first-actions li').first()).toBeVisible();

  const list = await searchFromPage(page, '困梯');
  await expect(list.locator('a').first()).toHaveAttribute('href', '/emergency/lift-entrapment/');

  await page.goto('/train/quiz/cleaning/');
  await hydrated(page);
  await page.getByRole('button', { name: /从头练习/ }).click();
  await answer(page, loadBank('cleaning')[0], true);

  await page.goto('/train/drill/night-lift-entrapment/');
  await hydrated(page);
  await expect(page.getByRole('button', { name: '开始演练' })).toBeVisible();
  await context.setOffline(false);
});

for (const path of ['/emergency/fire/print/', '/train/checklist/patrol-shift/print/']) {
  test(`the wall card ${path} prints to exactly one A4 page with a QR code back to the page`, async ({ page }) => {
    await page.goto(path);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages).toHaveLength(1);

    await page.emulateMedia({ media: 'print' });
    const png = PNG.sync.read(await page.locator('.page-qr img').screenshot({ scale: 'device' }));
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(code?.data).toBe(SITE + path.replace(/print\/$/, ''));
  });
}

// Every wall card in the build, one test each so a slow PDF never holds up the others.
const wallCards = ['emergency', 'train/checklist'].flatMap((dir) =>
  readdirSync(join('dist', dir), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join('dist', dir, d.name, 'print', 'index.html')))
    .map((d) => `/${dir}/${d.name}/print/`),
);
test('every emergency plan and checklist has a wall card', () => {
  expect(wallCards.filter((p) => p.startsWith('/emergency/')).length).toBeGreaterThanOrEqual(20);
  expect(wallCards.filter((p) => p.startsWith('/train/checklist/')).length).toBeGreaterThanOrEqual(10);
});
for (const card of wallCards) {
  test(`wall card ${card} prints on one A4 page`, async ({ page }) => {
    await page.goto(card);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
  });
}

test('朗读 reads the page aloud in zh-CN and stops on a second press', async ({ page }) => {
  await page.addInitScript(() => {
    const spoken: { text: string; lang: string; rate?: number }[] = [];
    let speaking = false;
    (window as unknown as { __spoken: typeof spoken }).__spoken = spoken;
    class U {
      text: string;
      lang = '';
      rate = 1;
      voice: unknown = null;
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(t: string) {
        this.text = t;
      }
    }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: U });
    Object.defineProperty(window, 'speechSynthesis', {
      value: {
        get speaking() {
          return speaking;
        },
        speak: (u: U) => {
          speaking = true;
          spoken.push({ text: u.text, lang: u.lang, rate: u.rate });
        },
        cancel: () => {
          speaking = false;
          spoken.push({ text: '<cancel>', lang: '' });
        },
        getVoices: () => [{ lang: 'zh-CN', name: '中文' }],
      },
    });
  });
  await page.goto('/emergency/fire/');
  const button = page.getByRole('button', { name: '朗读' });
  await button.click();
  await expect(button).toHaveText('停止朗读');
  const spoken = await page.evaluate(() => (window as unknown as { __spoken: { text: string; lang: string }[] }).__spoken);
  expect(spoken.length).toBeGreaterThan(3);
  expect(spoken.every((s) => s.lang === 'zh-CN')).toBe(true);
  expect(spoken.map((s) => s.text).join('')).toContain('火灾');
  // a step's who / when / 关键 are said as their own phrase with pauses, not run into the step
  expect(spoken.some((s) => /^[^。]+，立即，关键：$/.test(s.text))).toBe(true);
  expect(spoken.some((s) => /立即关键|关键[^：，]/.test(s.text))).toBe(false);
  await button.click();
  expect(await page.evaluate(() => (window as unknown as { __spoken: { text: string }[] }).__spoken.at(-1)?.text)).toBe('<cancel>');
  // the speed button changes how fast the next reading goes, and is remembered
  await page.getByRole('button', { name: /^语速/ }).click();
  await expect(page.getByRole('button', { name: /^语速/ })).toHaveText('语速：快');
  await page.reload();
  await page.getByRole('button', { name: '朗读' }).click();
  const rates = await page.evaluate(() => (window as unknown as { __spoken: { rate?: number }[] }).__spoken.map((s) => s.rate));
  expect(rates.filter((r) => r !== undefined).every((r) => r === 1.15)).toBe(true);
});

test('朗读 is hidden where the browser cannot speak', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'speechSynthesis', { value: undefined });
  });
  await page.goto('/handbook/service/request-flow/');
  await expect(page.locator('[data-read-aloud]')).toBeHidden();
});

test('大字 persists across pages and reloads, and the layout holds at 200% text', async ({ page }) => {
  await page.goto('/handbook/cleaning/garbage-retention/');
  const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const before = await size();
  await page.getByRole('button', { name: '大字' }).click();
  await expect(page.getByRole('button', { name: '大字' })).toHaveAttribute('aria-pressed', 'true');
  expect(await size()).toBeGreaterThan(before);
  await page.goto('/emergency/fire/');
  expect(await size()).toBeGreaterThan(before);
  await expect(page.getByRole('button', { name: '大字' })).toHaveAttribute('aria-pressed', 'true');

  // 200% text on top of a phone-width screen: nothing may stick out sideways.
  for (const path of ['/', '/handbook/cleaning/garbage-retention/', '/emergency/fire/', '/train/quiz/cleaning/', '/assess/console/']) {
    await page.goto(path);
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(1);
  }
});

test('no request leaves the site, and scripts run under a strict CSP', async ({ page }) => {
  const foreign: string[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['127.0.0.1', 'localhost'].includes(u.hostname) && !['data:', 'blob:'].includes(u.protocol)) foreign.push(r.url());
  });
  for (const path of ['/', '/emergency/fire/', '/search/?q=%E6%BC%8F%E6%B0%B4', '/train/quiz/cleaning/', '/assess/', '/assess/console/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toContain('unsafe-inline');
  }
  expect(foreign).toEqual([]);
});
