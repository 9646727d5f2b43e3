/**
 * Smaller defects a duty manager and a guard found walking the site on a 390 px phone (issue 21):
 * read-aloud, wall cards, quiz feedback, the header in 大字, device wording, the daily new-card
 * limit, 我的's order and file names dated by the local day.
 */
import { devices, expect, test, type Page } from '@playwright/test';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildExam, examQuestions, handIn, importCodes, startExam } from './examDriver';
import { answer, fillAnswer, loadBank } from './quizDriver';
import { axe, hydrated } from './helpers';

// these tests need the offline worker (see playwright.config.ts)
test.use({ serviceWorkers: 'allow' });

// The people who found these work in China: local days turn at Beijing midnight.
test.use({ timezoneId: 'Asia/Shanghai' });

// ── File names carry the local date ──

test('at 07:30 Beijing time (23:30 UTC the day before) the CSV, xAPI, console backup and 我的 backup are named after the Beijing day', async ({ browser }) => {
  test.setTimeout(120_000);
  const ctx = await browser.newContext({ timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });
  const trainer = await ctx.newPage();
  const trainee = await ctx.newPage();
  const at = new Date('2026-12-01T23:30:00Z');
  await trainer.clock.setFixedTime(at);
  await trainee.clock.setFixedTime(at);

  const { link, spec } = await buildExam(trainer, 1);
  await startExam(trainee, link, '钱早班', 'E-0730');
  await fillAnswer(trainee, trainee.locator('#exam-q-1 fieldset'), examQuestions(spec, 'E-0730')[0], true);
  const code = await handIn(trainee);
  await trainer.goto('/assess/console/');
  await hydrated(trainer);
  await importCodes(trainer, code);
  await expect(trainer.locator('[data-results] tbody tr')).toHaveCount(1);
  for (const [button, name] of [
    ['导出 CSV（Excel）', '考核结果-2026-12-02.csv'],
    ['导出 xAPI', 'xapi-2026-12-02.json'],
    ['备份考核台', '考核台备份-2026-12-02.txt'],
  ]) {
    const download = trainer.waitForEvent('download');
    await trainer.getByRole('button', { name: button, exact: true }).click();
    expect((await download).suggestedFilename()).toBe(name);
  }

  await trainee.goto('/me/');
  await hydrated(trainee);
  const download = trainee.waitForEvent('download');
  await trainee.getByRole('button', { name: '导出备份文件', exact: true }).click();
  expect((await download).suggestedFilename()).toBe('物业手册-学习记录-2026-12-02.json');
  await ctx.close();
});

// ── Flashcards: at most 20 new cards a day ──

test('flashcards offer 20 new cards a day, say so, and offer the next 20 after local midnight', async ({ page }) => {
  test.setTimeout(120_000);
  await page.clock.setFixedTime(new Date('2026-12-02T09:00:00+08:00'));
  await page.goto('/train/cards/');
  await hydrated(page);
  // the largest deck: more than a day's share
  const options = await page
    .getByLabel('岗位')
    .locator('option')
    .evaluateAll((os) => os.map((o) => ({ value: (o as HTMLOptionElement).value, n: Number(/（(\d+) 张）/.exec(o.textContent ?? '')?.[1]) })));
  const big = options.sort((a, b) => b.n - a.n)[0];
  expect(big.n).toBeGreaterThan(40);
  await page.getByLabel('岗位').selectOption(big.value);
  const today = page.locator('[data-new-today]');
  await expect(today).toContainText('今天的新卡：还有 20 张');
  await expect(today).toContainText(`其余 ${big.n - 20} 张明天起每天出 20 张`);
  await expect(page.locator('.card-meta')).toHaveText('新卡 · 今天还有 20 张');

  for (let i = 0; i < 20; i++) {
    await page.getByRole('button', { name: '显示答案' }).click();
    await page.getByRole('button', { name: /^简单/ }).click();
    if (i === 0) await expect(today).toContainText('还有 19 张（已学 1 张）');
  }
  await expect(page.locator('.card')).toHaveCount(0);
  await expect(page.locator('.empty')).toContainText('今天的 20 张新卡学完了');
  await expect(page.locator('.empty')).toContainText(`明天再来：还有 ${big.n - 20} 张新卡`);
  await expect(page.locator('[data-stat=new]')).toHaveText(String(big.n - 20));

  // 00:01 the next day in China (16:01 UTC): the next 20
  await page.clock.setFixedTime(new Date('2026-12-03T00:01:00+08:00'));
  await page.reload();
  await hydrated(page);
  await page.getByLabel('岗位').selectOption(big.value);
  await expect(today).toContainText('今天的新卡：还有 20 张');
  await expect(page.getByRole('button', { name: '显示答案' })).toBeVisible();
});

// ── 我的: my own role first, the practice log newest first ──

test('我的 lists the role chosen in settings first and the practice log newest first', async ({ page }) => {
  const day = (d: number, h: number) => Date.parse(`2026-12-0${d}T${String(h).padStart(2, '0')}:00:00+08:00`);
  await page.addInitScript(
    ([quizAt, drillAt, checkAt]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('wuye:v1:settings', JSON.stringify({ role: 'security', largeText: false }));
      localStorage.setItem('wuye:v1:progress', JSON.stringify({ quiz: { cleaning: { attempts: quizAt.map((at) => ({ at, correct: 8, total: 10 })) } }, answers: {}, reads: {} }));
      localStorage.setItem('wuye:v1:drills', JSON.stringify({ 'gas-smell': { attempts: drillAt.map((at) => ({ at, score: 90, passed: true })) } }));
      localStorage.setItem('wuye:v1:checklists', JSON.stringify({ 'patrol-shift': { history: checkAt.map((savedAt) => ({ period: 'p', savedAt, by: '孙门岗', ticks: {} })) } }));
    },
    [
      [day(1, 9), day(3, 9)],
      [day(2, 9), day(4, 9)],
      [day(1, 20), day(5, 8)],
    ],
  );
  await page.goto('/me/');
  await hydrated(page);
  await expect(page.locator('.role-progress > li').first()).toHaveClass('mine');
  await expect(page.locator('.role-progress > li').first().getByRole('link')).toHaveText(/^秩序维护员/);
  await expect(page.locator('.role-progress > li')).toHaveCount((await page.getByLabel('岗位').locator('option').count()) - 1);
  const log = page.locator('[data-practice-log] > li');
  await expect(log).toHaveCount(6);
  const kinds = (await log.allTextContents()).map((t) => /测验|演练|检查表/.exec(t)?.[0]);
  expect(kinds).toEqual(['检查表', '演练', '测验', '演练', '检查表', '测验']);
  await expect(log.first()).toContainText('2026/12/5 08:00');
});

// ── Wording that fits a desktop too ──

test('on a desktop computer no page speaks of "this phone" for where the handbook and records are kept', async ({ browser }) => {
  const ctx = await browser.newContext({ ...devices['Desktop Chrome'], timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });
  const page = await ctx.newPage();
  const PHONE_ONLY = /这台手机|存到手机|手机存储|换手机|手机记下/;
  await page.goto('/');
  await expect(page.locator('[data-offline-status]')).toBeVisible();
  await expect(page.locator('[data-offline-status]')).toHaveText(/这个浏览器/);
  for (const path of ['/', '/emergency/', '/offline/', '/diag/', '/me/', '/train/checklist/shift-handover/']) {
    await page.goto(path);
    await hydrated(page);
    if (path === '/me/') await page.getByRole('button', { name: '清空本机记录…' }).click();
    await expect(page.locator('[data-offline-status]')).toBeVisible();
    expect(await page.locator('body').innerText(), path).not.toMatch(PHONE_ONLY);
  }
  await ctx.close();
});

// ── The header in 大字 and the breadcrumb ──

for (const large of [false, true]) {
  test(`at 390×844${large ? ' in 大字' : ''} the header is compact, every header link is on screen, and the trail shortens only the page's own name`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    if (large) await page.addInitScript(() => localStorage.setItem('wuye:v1:settings', JSON.stringify({ largeText: true })));
    for (const path of ['/roles/security/', '/emergency/gas-leak/', '/handbook/security/fire-control-room/', '/train/cards/']) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveClass(large ? /large-text/ : /^(?!.*large-text)/);
      // the topbar, search box and the six sections together: under a fifth of the screen
      const bottom = await page.locator('.site-header').evaluate((h) => h.getBoundingClientRect().bottom);
      expect(bottom, path).toBeLessThanOrEqual(844 * 0.19);
      // nothing cut off at the edge or hidden behind a sideways scroll
      const nav = page.locator('.main-nav');
      expect(await nav.evaluate((n) => n.scrollWidth - n.clientWidth), path).toBeLessThanOrEqual(0);
      for (const link of await page.locator('.topbar a, .topbar button, .main-nav a').all()) {
        const box = (await link.boundingBox())!;
        expect(box.x, `${path} ${await link.textContent()}`).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, `${path} ${await link.textContent()}`).toBeLessThanOrEqual(390);
        if (await link.evaluate((l) => !l.classList.contains('brand'))) expect(box.height).toBeGreaterThanOrEqual(44);
      }
      await expect(page.locator('.main-nav a', { hasText: '我的' })).toBeInViewport({ ratio: 1 });
      // the trail: every crumb before the page's own name whole; the last cut only when nothing else fits
      const crumbs = await page.locator('.crumbs li').evaluateAll((lis) => lis.map((li) => ({ text: li.textContent, cut: li.scrollWidth > li.clientWidth })));
      expect(
        crumbs.slice(0, -1).filter((c) => c.cut),
        path,
      ).toEqual([]);
      const room = await page.locator('.crumbs ol').evaluate((ol) => ol.clientWidth);
      const needed = await page.locator('.crumbs li').evaluateAll((lis) => lis.reduce((n, li) => n + li.scrollWidth + parseFloat(getComputedStyle(li, '::before').width || '0'), 0));
      if (needed <= room) expect(crumbs.at(-1)!.cut, path).toBe(false);
    }
  });
}

// ── Quiz: the answer marked in place, the verdict and 下一题 on screen ──

test('on a 390×844 phone an answered question marks the picked and the right option in words, and brings the verdict and 下一题 on screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const bank = loadBank('fire-safety');
  await page.goto('/train/quiz/fire-safety/');
  await hydrated(page);
  await page.getByRole('button', { name: /从头练习/ }).click();

  // a wrong pick, by touch
  const q1 = bank[0];
  expect(q1.type).toBe('single');
  await answer(page, q1, false);
  const form = page.locator('.quiz form');
  const right = form.locator('label.option', { hasText: q1.options![q1.answer as number] });
  const picked = form.locator('label.option', { hasText: q1.options![((q1.answer as number) + 1) % q1.options!.length] });
  await expect(right).toContainText('✓ 正确答案');
  await expect(picked).toContainText('✗ 选错了');
  await expect(form.locator('label.option .mark')).toHaveCount(2);
  // the marks are in the options' accessible names, not colour alone
  await expect(form.getByRole('radio', { name: /选错了/ })).toBeChecked();
  const next = form.getByRole('button', { name: '下一题' });
  await expect(page.locator('.feedback .verdict')).toBeInViewport({ ratio: 1 });
  await expect(next).toBeInViewport({ ratio: 1 });
  await expect(next).toBeFocused();
  // the marks pass an accessibility check (contrast included) in light and dark
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axe(page, '.quiz'), colorScheme).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });

  // a right answer by keyboard: focus stays on the button the person pressed
  await next.click();
  const q2 = bank[1];
  await answer(page, q2, true, true);
  await expect(form.locator('label.option .mark')).toHaveCount(1);
  await expect(form.locator('label.option', { hasText: '✓ 选对了' })).toHaveCount(1);
  await expect(page.locator('.feedback .verdict')).toBeInViewport({ ratio: 1 });
  await expect(next).toBeInViewport({ ratio: 1 });
  await expect(next).toBeFocused();
});

// ── 朗读 ──

/**
 * A speechSynthesis whose voices the test controls: `voices` at first, then whatever
 * window.__setVoices gives, announced with voiceschanged as browsers do when voices load late.
 * What is queued to speak is kept in window.__spoken.
 */
async function stubSpeech(page: Page, voices: { lang: string; name: string }[]) {
  await page.addInitScript((initial) => {
    const w = window as unknown as { __spoken: string[]; __setVoices: (v: typeof initial) => void };
    let list = initial;
    const listeners: (() => void)[] = [];
    let speaking = false;
    w.__spoken = [];
    w.__setVoices = (v) => {
      list = v;
      listeners.forEach((f) => f());
    };
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
          w.__spoken.push(u.text);
        },
        cancel: () => {
          speaking = false;
        },
        getVoices: () => list,
        addEventListener: (type: string, f: () => void) => {
          if (type === 'voiceschanged') listeners.push(f);
        },
      },
    });
  }, voices);
}
const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken);
const ZH = [{ lang: 'zh-CN', name: '中文（中国大陆）' }];

test('朗读 says why it cannot read where the browser cannot speak at all', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(window, 'speechSynthesis', { value: undefined }));
  await page.goto('/handbook/service/request-flow/');
  await expect(page.locator('[data-read-aloud]')).toBeHidden();
  await expect(page.locator('[data-read-none]')).toHaveText(/这个浏览器不能朗读/);
});

test('朗读 says why it cannot read where the browser has no Chinese voice', async ({ page }) => {
  // voices known at once, none Chinese: no button, the reason beside where it was
  await stubSpeech(page, [{ lang: 'en-US', name: 'English' }]);
  await page.goto('/emergency/gas-leak/');
  const why = page.locator('[data-read-none]');
  await expect(why).toHaveText(/没有装中文朗读语音，无法朗读/);
  await expect(page.locator('[data-read-aloud]')).toBeHidden();
  await expect(page.locator('[data-read-rate]')).toBeHidden();
});

test('朗读 decides when the voices arrive late: none Chinese hides it, Chinese keeps it', async ({ page }) => {
  await stubSpeech(page, []);
  await page.goto('/handbook/service/request-flow/');
  const button = page.getByRole('button', { name: '朗读' });
  const why = page.locator('[data-read-none]');
  // nothing known yet: the button stays
  await expect(button).toBeVisible();
  await page.evaluate(() => (window as unknown as { __setVoices: (v: unknown[]) => void }).__setVoices([{ lang: 'en-GB', name: 'English' }]));
  await expect(button).toBeHidden();
  await expect(why).toHaveText(/没有装中文朗读语音/);
  await page.evaluate(() =>
    (window as unknown as { __setVoices: (v: unknown[]) => void }).__setVoices([
      { lang: 'en-GB', name: 'English' },
      { lang: 'zh-CN', name: '中文' },
    ]),
  );
  await expect(button).toBeVisible();
  await expect(why).toBeHidden();
  await button.click();
  await expect(page.getByRole('button', { name: '停止朗读' })).toBeVisible();
  expect((await spoken(page)).length).toBeGreaterThan(3);
});

test('朗读 pressed where the voice list never arrives says why instead of doing nothing', async ({ page }) => {
  await stubSpeech(page, []);
  await page.goto('/emergency/gas-leak/');
  await page.getByRole('button', { name: '朗读' }).click();
  await expect(page.locator('[data-read-none]')).toHaveText(/没有装中文朗读语音，无法朗读/);
  await expect(page.locator('[data-read-aloud]')).toBeHidden();
  expect(await spoken(page)).toEqual([]);
});

test('朗读 reads a may / must-not table column by column after each heading, and a phone number after a pause, digit by digit', async ({ page }) => {
  await stubSpeech(page, ZH);
  await page.goto('/emergency/gas-leak/');
  const table = page.locator('article table').filter({ hasText: '员工可以做' });
  const heads = await table.locator('thead th').allTextContents();
  const col = (c: number) => table.locator('tbody tr').evaluateAll((trs, i) => trs.map((tr) => (tr.children[i].textContent ?? '').replace(/\s+/g, ' ').trim()), c);
  const [may, mayNot] = [await col(0), await col(1)];
  expect(heads).toEqual(['员工可以做', '只由燃气公司或其授权人员做']);
  await page.getByRole('button', { name: '朗读' }).click();
  await expect(page.getByRole('button', { name: '停止朗读' })).toBeVisible();
  const said = await spoken(page);
  const at = (t: string) => said.findIndex((s) => s === t || s.startsWith(t));
  const first = at('员工可以做：');
  const second = at('只由燃气公司或其授权人员做：');
  expect(first).toBeGreaterThan(-1);
  expect(second).toBeGreaterThan(first);
  // every allowed action between the two headings, every forbidden one after the second
  for (const t of may) expect(at(t.slice(0, 12)), t).toBeGreaterThan(first);
  for (const t of may) expect(at(t.slice(0, 12)), t).toBeLessThan(second);
  for (const t of mayNot) expect(at(t.slice(0, 12)), t).toBeGreaterThan(second);

  // the gas company's number: its name, then on its own the digits one by one
  const call = page.locator('#contacts a[href^="tel:"]').first();
  const name = (await call.locator('span').textContent())!.trim();
  const number = (await call.locator('strong').textContent())!;
  const digits = number.replace(/\d/g, (x) => '零幺二三四五六七八九'[Number(x)]).replace(/[^零幺二三四五六七八九]+/g, '，');
  const i = said.indexOf(name);
  expect(i, `「${name}」 said on its own`).toBeGreaterThan(-1);
  expect(said[i + 1]).toBe(digits);
  // 119 in a step is read 幺幺九, not 一百一十九
  expect(said.some((s) => s.includes('幺幺九'))).toBe(true);
  expect(said.some((s) => /119/.test(s))).toBe(false);
  // a contact reached by radio: its name, then how, not run together
  expect(said).toContain('监控中心');
});

// ── Wall cards: readable from a metre away, the whole A4 page used ──

/** A4 less the wall card's 9 mm margins, at 96 px an inch: the sheet's printable box. */
const SHEET = { width: Math.round((192 / 25.4) * 96), height: Math.round((279 / 25.4) * 96) };
const PT = 96 / 72;
const plans = readdirSync(join('dist', 'emergency'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join('dist', 'emergency', d.name, 'print', 'index.html')))
  .map((d) => d.name);

test('every plan has a wall card to check', () => {
  expect(plans.length).toBeGreaterThanOrEqual(20);
});
for (const plan of plans) {
  test(`wall card ${plan}: numbers large at the top, steps at 12 pt or more, one A4 page filled`, async ({ page }) => {
    await page.setViewportSize(SHEET);
    await page.emulateMedia({ media: 'print' });
    await page.goto(`/emergency/${plan}/print/`);
    const m = await page.evaluate(() => {
      const box = (e: Element) => e.getBoundingClientRect();
      const size = (e: Element) => parseFloat(getComputedStyle(e).fontSize);
      const all = (s: string) => [...document.querySelectorAll(s)];
      const numbers = all('.wall-tel .num');
      const main = document.querySelector('main')!;
      return {
        numbers: numbers.map((n) => ({ size: size(n), bottom: box(n).bottom, inside: box(n).right <= box(n.closest('li')!).right + 0.5 && box(n).left >= box(n.closest('li')!).left - 0.5 })),
        firstActions: box(document.querySelector('.first-actions')!).top,
        stepsTop: box(document.querySelector('.steps')!).top,
        stepText: Math.min(...all('.steps > li > p:not(.badges), .never li').map(size)),
        firstActionText: Math.min(...all('.first-actions li').map(size)),
        sideways: main.scrollWidth - main.clientWidth,
        end: Math.max(...[...main.children].map((c) => box(c).bottom)),
      };
    });
    // the numbers: large, first under the title, none cut off its box
    expect(m.numbers.length).toBeGreaterThan(0);
    for (const n of m.numbers) {
      expect(n.size).toBeGreaterThanOrEqual(18 * PT - 0.01);
      expect(n.bottom).toBeLessThan(m.firstActions);
      expect(n.inside).toBe(true);
    }
    // readable from a metre: steps and 绝对不要 at 12 pt or more, the first actions larger still
    expect(m.stepText).toBeGreaterThanOrEqual(12 * PT - 0.01);
    expect(m.firstActionText).toBeGreaterThan(m.stepText);
    expect(m.stepsTop).toBeGreaterThan(m.firstActions);
    // the page used to its foot, nothing past it or out to the side
    expect(m.sideways).toBeLessThanOrEqual(0);
    expect(m.end).toBeLessThanOrEqual(SHEET.height);
    expect(m.end).toBeGreaterThanOrEqual(SHEET.height * 0.95);
    // and the content itself, without the gaps spread between sections, fills most of it
    const natural = await page.evaluate(() => {
      const main = document.querySelector('main')!;
      main.style.minHeight = '0';
      return main.getBoundingClientRect().height;
    });
    // the type is as large as the estimate dares (it keeps a margin, as it cannot lay out columns);
    // the gaps between sections fill the rest of the page (checked above)
    expect(natural).toBeGreaterThanOrEqual(SHEET.height * 0.8);
    await page.reload();
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
  });
}
