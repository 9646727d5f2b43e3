/**
 * Issue 21, a duty manager on a 390×844 phone: every plan's first screen holds its first actions
 * and a number to tap, in normal text and in 大字, in every project the suite builds; and every
 * number in a plan's words dials, with a name that says whom it calls.
 */
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';

// The demo 小区 is served by the suite's server; the other builds are answered from their folders.
const builds = [
  { name: '示例小区', dir: process.env.DIST_DIR ?? 'dist', origin: '' },
  { name: '示例写字楼', dir: 'dist-projects/demo-office', origin: 'http://demo-office.test' },
  { name: '真实项目样例', dir: 'dist-projects/ready', origin: 'http://ready.test' },
];

const plansOf = (dir: string) => {
  if (!existsSync(join(dir, 'emergency'))) throw new Error(`没有 ${dir}：先运行 npm test 里的各项目构建（scripts/test.mjs）`);
  return readdirSync(join(dir, 'emergency'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, 'emergency', d.name, 'print', 'index.html')))
    .map((d) => d.name);
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};
async function serveFolder(page: Page, origin: string, dir: string) {
  await page.route(`${origin}/**`, (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname);
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    return existsSync(file) ? route.fulfill({ body: readFileSync(file), contentType: TYPES[extname(file)] ?? 'application/octet-stream' }) : route.fulfill({ status: 404, body: '' });
  });
}

for (const b of builds)
  for (const large of [false, true])
    test(`${b.name}${large ? '，大字' : ''}: on a 390×844 phone every plan shows its first actions and a number to tap without scrolling`, async ({ page }) => {
      const plans = plansOf(b.dir);
      expect(plans.length).toBeGreaterThanOrEqual(20);
      await page.setViewportSize({ width: 390, height: 844 });
      if (b.origin) await serveFolder(page, b.origin, b.dir);
      // 大字 as a returning person has it: saved in settings, applied before the page is drawn
      if (large) await page.addInitScript(() => localStorage.setItem('wuye:v1:settings', JSON.stringify({ largeText: true })));
      const problems: string[] = [];
      for (const plan of plans) {
        await page.goto(`${b.origin}/emergency/${plan}/`);
        expect(await page.evaluate(() => document.documentElement.classList.contains('large-text')), plan).toBe(large);
        const actions = (await page.locator('#first-actions ol').boundingBox())!;
        if (actions.y + actions.height > 844) problems.push(`${plan}: 先做这几件事 ends at ${Math.round(actions.y + actions.height)} px`);
        const call = page.locator('#first-actions a[href^="tel:"]').first();
        await expect(call, plan).toBeVisible();
        await expect(call, plan).toHaveAttribute('aria-label', /^拨打 [\d-]+ \S/);
        const box = (await call.boundingBox())!;
        if (box.y < 0 || box.y + box.height > 844) problems.push(`${plan}: first number to tap ends at ${Math.round(box.y + box.height)} px`);
      }
      expect(problems).toEqual([]);
    });

test('a plan whose first actions name no number still opens with its first contact one tap away', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/emergency/lift-entrapment/');
  const calls = page.getByRole('group', { name: '先打电话' });
  const maintainer = calls.getByRole('link', { name: '拨打 0000-8000002 电梯维保（示例电梯维保公司）' });
  await expect(maintainer).toHaveAttribute('href', 'tel:00008000002');
  await expect(calls.getByRole('link', { name: '拨打 120 急救' })).toHaveAttribute('href', 'tel:120');
  expect((await maintainer.boundingBox())!.y).toBeLessThan(844);
});

/** A built page's text outside links, tags dropped: what is left reads but does not dial. */
const unlinkedText = (html: string) =>
  html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<a\b[\s\S]*?<\/a>/g, ' ')
    .replace(/<[^>]+>/g, '');

test('every number a plan tells staff to dial is a tel: link named for whom it calls, on every page that shows plan text', () => {
  for (const b of builds) {
    const pages = [...plansOf(b.dir).flatMap((p) => [`emergency/${p}`, `emergency/${p}/print`]), 'emergency'];
    const plain: string[] = [];
    const unnamed: string[] = [];
    let links = 0;
    for (const p of pages) {
      const html = readFileSync(join(b.dir, p, 'index.html'), 'utf8');
      const main = /<main[\s\S]*<\/main>|<body[\s\S]*<\/body>/.exec(html)![0];
      for (const m of unlinkedText(main).matchAll(/(?:拨打?|打|报)\s*(\d[\d-]{2,})/g)) plain.push(`${b.dir}/${p}: ${m[0]}`);
      for (const m of main.matchAll(/<a class="tel" href="tel:(\d+)" aria-label="([^"]*)">([^<]*)<\/a>/g)) {
        links++;
        // the name holds what the link shows (the number) and then whom it reaches
        if (!new RegExp(`^拨打 ${m[3].replace(/\u2011/g, '-')} \\S`).test(m[2]) || m[1] !== m[3].replace(/\D/g, '')) unnamed.push(`${b.dir}/${p}: ${m[0]}`);
      }
    }
    expect(plain, `${b.dir}: numbers left as plain text`).toEqual([]);
    expect(unnamed, `${b.dir}: links that do not say whom they call`).toEqual([]);
    expect(links).toBeGreaterThan(pages.length);
  }
});

test('the 应急 page’s 先打 120 / 119 / 110 dial from the first screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/emergency/');
  for (const [n, who] of [
    ['120', '急救'],
    ['119', '火警'],
    ['110', '报警'],
  ]) {
    const link = page.locator('.page-head .lead').getByRole('link', { name: `拨打 ${n} ${who}` });
    await expect(link).toHaveAttribute('href', `tel:${n}`);
    const box = (await link.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(844);
  }
});
