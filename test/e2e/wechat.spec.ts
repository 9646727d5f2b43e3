/**
 * Inside WeChat's in-app browser (Android XWeb and iPhone), with the APIs it lacks taken away:
 * every feature either works or shows what to do instead, backups made as pictures or codes bring
 * every record back, and exam links survive what WeChat does to shared links.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { startIncident, type RunPlan } from '../../src/lib/incident/run';
import { keyOf } from '../../src/lib/storage/kv';
import type { AllData } from '../../src/lib/storage/backup';
import { parsers } from '../../src/lib/storage/schemas';
import { buildExam, examQuestions, handIn, importCodes, localPath, startExam } from './examDriver';
import { fillAnswer } from './quizDriver';
import { hydrated } from './helpers';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

// these tests need the offline worker (see playwright.config.ts)
test.use({ serviceWorkers: 'allow' });

const XWEB =
  'Mozilla/5.0 (Linux; Android 14; V2309A Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/146.0.7680.177 Mobile Safari/537.36 XWEB/1460075 MMWEBSDK/20260202 MMWEBID/1234 MicroMessenger/8.0.70.2800(0x28004637) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64';
const IOS_WECHAT = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.56(0x18003830) NetType/4G Language/zh_CN';

/** What WeChat's browser does not have, taken away before any page script runs. */
const REMOVE_APIS = () => {
  const gone = (o: object, k: string) => {
    try {
      delete (o as Record<string, unknown>)[k];
    } catch {
      /* not configurable: hidden below */
    }
    if (k in o) Object.defineProperty(o, k, { value: undefined, configurable: true });
  };
  gone(Navigator.prototype, 'serviceWorker');
  gone(Navigator.prototype, 'share');
  gone(Navigator.prototype, 'canShare');
  gone(Navigator.prototype, 'mediaDevices');
  gone(window, 'speechSynthesis');
  gone(window, 'SpeechSynthesisUtterance');
  gone(window, 'print');
  gone(HTMLAnchorElement.prototype, 'download');
};

async function wechat(browser: Browser, ua: string) {
  const ctx = await browser.newContext({ userAgent: ua, acceptDownloads: false, locale: 'zh-CN', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await ctx.addInitScript(REMOVE_APIS);
  const downloads: string[] = [];
  ctx.on('page', (p) => p.on('download', (d) => downloads.push(d.suggestedFilename())));
  return { ctx, downloads };
}

/** Buttons that would do nothing in WeChat: their working names, shown only where they work. */
const WORKING_ONLY = /^(打印|打印这一页|下载结果文件|导出 CSV（Excel）|导出 xAPI|备份考核台|导出备份文件|保存为文件|朗读|用摄像头扫码|下载)$/;
async function expectNoDeadButtons(page: Page) {
  const names = await page.locator('button:visible').evaluateAll((bs) => bs.map((b) => (b.textContent ?? '').trim()));
  expect(
    names.filter((n) => WORKING_ONLY.test(n)),
    page.url(),
  ).toEqual([]);
}

test('Android WeChat without print, downloads, read-aloud, share, camera or offline: each feature shows its alternative', async ({ browser }) => {
  test.setTimeout(120_000);
  const { ctx, downloads } = await wechat(browser, XWEB);
  const page = await ctx.newPage();

  // 环境检测 reports what is missing here
  await page.goto('/diag/');
  await hydrated(page);
  await expect(page.locator('.diag')).toContainText('微信内置浏览器');
  for (const [cap, ok] of [
    ['offline', 'false'],
    ['read-aloud', 'false'],
    ['print', 'false'],
    ['download', 'false'],
    ['share', 'false'],
    ['camera', 'false'],
    ['storage', 'true'],
  ])
    await expect(page.locator(`[data-cap="${cap}"]`), cap).toHaveAttribute('data-ok', ok);
  await expect(page.getByRole('img', { name: /示意图：点右上角「···」，再点「在浏览器打开」/ })).toBeVisible();

  // a plan page: no read-aloud button, and the footer says offline will not happen here
  await page.goto('/emergency/lift-entrapment/');
  await expect(page.locator('[data-read-aloud]')).toBeHidden();
  await expect(page.locator('[data-offline-status]')).toContainText('不能把手册存下来');
  await expectNoDeadButtons(page);

  // the wall card says how to print instead of showing a button that does nothing
  await page.goto('/emergency/lift-entrapment/print/');
  await expect(page.locator('[data-print-help]')).toBeVisible();
  await expect(page.locator('[data-print-help]')).toContainText('在浏览器打开');
  await expectNoDeadButtons(page);

  // an exam's result: the code to copy, the file offered as text, and a backup offered
  const trainer = await ctx.newPage();
  const { link, spec } = await buildExam(trainer, 3);
  await startExam(page, link, '王秩序', 'WX-1');
  const qs = examQuestions(spec, 'WX-1');
  for (let i = 0; i < 3; i++) await fillAnswer(page, page.locator(`#exam-q-${i + 1} fieldset`), qs[i], true);
  const code = await handIn(page);
  await expectNoDeadButtons(page);
  await page.getByRole('button', { name: '下载结果文件（复制文字）' }).click();
  await expect(page.locator('[data-save-fallback-panel] textarea')).toHaveValue(code + '\n');
  await expect(page.locator('[data-save-fallback-panel] [data-open-in-browser]')).toBeVisible();
  await expect(page.locator('[data-backup-nudge]')).toContainText('退出微信登录');

  // the trainer's console: no camera button, CSV as text, the certificate as a picture
  await trainer.goto('/assess/console/');
  await hydrated(trainer);
  await expect(trainer.locator('label.button', { hasText: '导入文件或二维码照片' })).toBeVisible();
  await expect(trainer.getByRole('button', { name: '用摄像头扫码' })).toHaveCount(0);
  await importCodes(trainer, code);
  await expect(trainer.getByRole('status').filter({ hasText: '新增 1 份' })).toBeVisible();
  await expectNoDeadButtons(trainer);
  await trainer.getByRole('button', { name: '导出 CSV（Excel）（复制文字）' }).click();
  await expect(trainer.locator('[data-save-fallback-panel] textarea').first()).toHaveValue(/^\uFEFF?姓名,工号/);
  const row = trainer.locator('[data-results] tbody tr').filter({ hasText: 'WX-1' });
  await row.getByRole('button', { name: '打印证书' }).click();
  await expectNoDeadButtons(trainer);
  await trainer.getByRole('button', { name: '打印：怎么办？' }).click();
  await trainer.getByRole('button', { name: '生成证书图片' }).click();
  const img = trainer.locator('[data-cert-image]');
  await expect(img).toBeVisible();
  expect(await img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(1000);

  // 我的: the backup file offered as text
  await page.goto('/me/');
  await hydrated(page);
  await expectNoDeadButtons(page);
  await expect(page.getByRole('button', { name: '导出备份文件（复制文字）' })).toBeVisible();
  expect(downloads).toEqual([]);
  await ctx.close();
});

test('iPhone WeChat: offline, printing and the way out all name Safari', async ({ browser }) => {
  const { ctx } = await wechat(browser, IOS_WECHAT);
  const page = await ctx.newPage();
  await page.goto('/handbook/');
  await expect(page.locator('[data-offline-status]')).toContainText('在 Safari 中打开');
  await expect(page.locator('[data-offline-status]')).toContainText('添加到主屏幕');
  await page.goto('/emergency/fire/print/');
  await expect(page.locator('[data-print-help]')).toContainText('在 Safari 中打开');
  await page.goto('/diag/');
  await hydrated(page);
  await expect(page.locator('[data-cap="offline"]')).toContainText('Safari');
  await expect(page.getByRole('img', { name: /在 Safari 中打开/ })).toBeVisible();
  await ctx.close();
});

// ── Backups ──────────────────────────────────────────────────────────────────────────────────

const T = 1_790_000_000_000;
const plan: RunPlan = {
  id: 'lift-entrapment',
  title: '电梯故障与困人',
  project: '示例小区',
  steps: [{ id: 'comfort', role: '监控中心值班员', action: '通过轿厢对讲安抚被困人员', when: '立即', critical: true }],
  fields: ['接报时间、被困人数'],
};
/** A phone with something in every store: enough answers that the backup needs several pictures. */
function records(): Omit<Required<AllData>, 'settings'> & { settings: AllData['settings'] } {
  return {
    progress: {
      quiz: { 'lift-safety': { attempts: [{ at: T, correct: 8, total: 10 }] } },
      answers: Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`lift-safety-q${i}`, { bank: 'lift-safety', correct: i % 3 > 0, at: T + i * 977, wrongCount: i % 4 }])),
      reads: { 'handbook/etiquette/phone': T },
    },
    cards: { 'card-1': { due: T + 86_400_000, stability: 2.3, difficulty: 5.1, elapsed_days: 0, scheduled_days: 1, learning_steps: 0, reps: 1, lapses: 0, state: 1, last_review: T, rating: 3 } },
    checklists: { 'gate-post-shift': { history: [{ period: '2026-12-01 白班', savedAt: T, by: '赵门岗', ticks: { a: { done: true, result: 'pass' } } }] } },
    drills: { 'night-lift': { attempts: [{ at: T, score: 85, passed: true }] } },
    settings: { role: 'security', largeText: false },
    incidents: { 'i-1': startIncident(plan, T, 'i-1') },
    exams: { 'abcdef0123456789:WX-2': { name: '钱管家', number: 'WX-2', startedAt: T, lastSeenAt: T + 60_000, seed: 's', answers: { q1: { type: 'single', choice: 2 } } } },
  };
}

async function seed(page: Page, data: ReturnType<typeof records>) {
  for (const [name, value] of Object.entries(data)) expect(parsers[name as keyof typeof parsers](value).ok, name).toBe(true);
  await page.evaluate(
    (entries) => {
      localStorage.clear();
      for (const [k, v] of entries) localStorage.setItem(k, v);
    },
    Object.entries(data).map(([name, value]) => [keyOf(name), JSON.stringify(value)]),
  );
}

async function stored(page: Page) {
  return page.evaluate(
    (keys) => Object.fromEntries(keys.map(([name, key]) => [name, JSON.parse(localStorage.getItem(key) ?? 'null')])),
    Object.keys(records()).map((n) => [n, keyOf(n)]),
  );
}

test('a backup made as pictures or as a code inside WeChat brings every record back after storage is cleared', async ({ browser }) => {
  test.setTimeout(120_000);
  const { ctx } = await wechat(browser, XWEB);
  const page = await ctx.newPage();
  await page.goto('/me/');
  const data = records();
  await seed(page, data);
  await page.reload();
  await hydrated(page);
  await expect(page.locator('[data-backup-age]')).toContainText('还没有备份过');
  await expect(page.locator('.my-data')).toContainText('赵门岗');

  await page.getByRole('button', { name: '生成备份（图片 + 备份码）' }).click();
  const images = page.locator('[data-backup-image]');
  await expect(images.first()).toBeVisible();
  const pictures = await images.evaluateAll((is) => is.map((i) => (i as HTMLImageElement).src));
  expect(pictures.length).toBeGreaterThan(1);
  const code = await page.locator('[data-backup-made] textarea').inputValue();
  expect(code).toMatch(/^WYB1\./);
  await expect(page.locator('[data-backup-age]')).toContainText('今天备份过');
  const files = pictures.map((src, i) => ({ name: `备份${i + 1}.png`, mimeType: 'image/png', buffer: Buffer.from(src.split(',')[1], 'base64') }));

  const expectRestored = async () => {
    const now = await stored(page);
    for (const name of Object.keys(data) as (keyof typeof data)[]) {
      if (name === 'settings') expect(now.settings).toMatchObject(data.settings);
      else expect(now[name], name).toEqual(data[name]);
    }
  };
  const wipe = async () => {
    // what a WeChat logout does to the page's storage
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await hydrated(page);
    await expect(page.locator('.my-data')).not.toContainText('赵门岗');
  };

  // from the photo album, in two goes: the missing picture is named, then added
  await wipe();
  const input = page.locator('[data-restore-images]');
  await input.setInputFiles(files.slice(1));
  await expect(page.locator('[data-backup-status]')).toContainText('还差第 1 张');
  await input.setInputFiles(files.slice(0, 1));
  await expect(page.locator('[data-backup-status]')).toContainText('已合并导入 7 类记录');
  await expect(page.locator('.my-data')).toContainText('赵门岗');
  await expectRestored();

  // from the copied code
  await wipe();
  await page.locator('[data-restore-code]').fill(`我的备份：\n${code}\n`);
  await page.getByRole('button', { name: '用备份码恢复' }).click();
  await expect(page.locator('[data-backup-status]')).toContainText('已合并导入 7 类记录');
  await expectRestored();

  // a damaged code loses nothing and says why
  await page.locator('[data-restore-code]').fill(code.slice(0, -4) + 'zzzz');
  await page.getByRole('button', { name: '用备份码恢复' }).click();
  await expect(page.locator('[data-backup-status]')).toContainText('校验不通过');
  await expectRestored();
  await ctx.close();
});

test('a saved checklist in WeChat offers a backup that is one tap away', async ({ browser }) => {
  const { ctx } = await wechat(browser, XWEB);
  const page = await ctx.newPage();
  await page.goto('/train/checklist/gate-post-shift/');
  await hydrated(page);
  await page.locator('.check-items > li').first().locator('input[type=radio][value=pass]').check();
  await page.getByLabel('执行人').fill('孙门岗');
  await page.getByRole('button', { name: '保存本次记录' }).click();
  const nudge = page.locator('[data-backup-nudge]');
  await expect(nudge).toContainText('退出微信登录');
  await nudge.getByRole('link', { name: '去备份' }).click();
  await expect(page).toHaveURL(/\/me\/#backup$/);
  await expect(page.getByRole('heading', { name: '备份与换设备' })).toBeInViewport();
  await ctx.close();
});

// ── Exam links ───────────────────────────────────────────────────────────────────────────────

test('an exam link shared through WeChat opens its exam with added parameters, a lost or encoded fragment, or says what happened', async ({ browser }) => {
  const { ctx } = await wechat(browser, XWEB);
  const trainer = await ctx.newPage();
  const { link, spec } = await buildExam(trainer, 3);
  const url = new URL(link);
  const exam = url.searchParams.get('exam')!;
  const sig = url.searchParams.get('sig')!;
  const page = await ctx.newPage();
  const opens = async (path: string) => {
    await page.goto(path);
    await hydrated(page);
    await expect(page.getByLabel('工号'), path).toBeVisible();
    await expect(page.locator('main')).toContainText(spec.title);
  };
  // WeChat's own parameters after the link (also when the fragment it may drop was never used)
  await opens(`${localPath(link)}&from=singlemessage&isappinstalled=0`);
  await opens(`${localPath(link)}&from=groupmessage#wechat_redirect`);
  // the older fragment form, and a fragment WeChat encoded into the query
  await opens(`/assess/take/?from=timeline&isappinstalled=0#exam=${exam}&sig=${sig}`);
  await opens(`/assess/take/?from=singlemessage%23exam%3D${exam}%26sig%3D${sig}`);
  // a link that lost its exam says so in Chinese instead of showing an empty page
  await page.goto('/assess/take/?from=singlemessage&isappinstalled=0');
  await expect(page.getByRole('alert')).toContainText('微信');
  await ctx.close();
});

for (const [name, ua] of [
  ['Android WeChat', XWEB],
  ['iPhone WeChat', IOS_WECHAT],
] as const)
  test(`${name} without vibration, wake lock or notifications: the run says once, at the start, what will and will not alert`, async ({ browser }) => {
    const { ctx } = await wechat(browser, ua);
    await ctx.addInitScript(() => {
      for (const [o, k] of [
        [Navigator.prototype, 'vibrate'],
        [Navigator.prototype, 'wakeLock'],
        [window, 'Notification'],
      ] as const) {
        delete (o as unknown as Record<string, unknown>)[k];
        if (k in o) Object.defineProperty(o, k, { value: undefined, configurable: true });
      }
    });
    const page = await ctx.newPage();
    await page.goto('/emergency/lift-entrapment/run/');
    await hydrated(page);
    await page.getByRole('button', { name: '开始处置（接报时间：现在）' }).click();
    const notice = page.locator('[data-alert-notice]');
    await expect(notice).toHaveCount(1);
    await expect(notice).toContainText('不会震动');
    await expect(notice).toContainText('屏幕可能自动熄灭');
    await expect(notice).toContainText('不能发系统通知');
    await expect(notice.getByRole('button', { name: '允许系统通知' })).toHaveCount(0);
    // said once: ticking a step does not bring it back after it was closed
    await notice.getByRole('button', { name: '知道了' }).click();
    await page.locator('[data-step="comfort"] .step-tap').click();
    await expect(page.locator('[data-step="comfort"]')).toHaveClass(/is-done/);
    await expect(notice).toHaveCount(0);
    await ctx.close();
  });

test('a run started inside WeChat reaches another browser through its QR code with every stamp, note and call, and its record becomes a picture', async ({ browser }) => {
  const { ctx } = await wechat(browser, XWEB);
  const page = await ctx.newPage();
  await page.goto('/emergency/lift-entrapment/run/');
  await hydrated(page);
  await page.getByRole('button', { name: '开始处置（接报时间：现在）' }).click();
  for (const id of ['comfort', 'notify-maintainer']) {
    await page.locator(`[data-step="${id}"] .step-tap`).click();
    await expect(page.locator(`[data-step="${id}"]`)).toHaveClass(/is-done/);
  }
  await page.getByLabel('现场记录（随手记）').fill('五号楼 2 号梯，轿厢停在 5、6 层之间，被困 2 人');
  const call = page.locator('#run-contacts a[href^="tel:"]').first();
  await call.evaluate((a) => a.addEventListener('click', (e) => e.preventDefault()));
  await call.click();
  await expect(page.locator('[data-calls]')).toContainText('已拨');

  await page.getByRole('button', { name: '转到另一部手机或浏览器…' }).click();
  const link = await page.locator('[data-transfer-link]').inputValue();
  expect(link).toMatch(/\/emergency\/lift-entrapment\/run\/#take=WYB1\./);
  // the running clock ticks each second; the link (and its QR code) stay put until the run changes
  const clock = await page.locator('[data-elapsed]').innerText();
  await expect(page.locator('[data-elapsed]')).not.toHaveText(clock);
  expect(await page.locator('[data-transfer-link]').inputValue()).toBe(link);
  // what the other phone's camera reads from the QR code is that link
  const qr = page.locator('[data-transfer-qr] img');
  await expect(qr).toHaveAttribute('src', /^data:image\/png;base64,/);
  const png = PNG.sync.read(Buffer.from((await qr.getAttribute('src'))!.split(',')[1], 'base64'));
  expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(link);

  // another browser (the system browser, or the duty manager's phone) opens the same run
  const other = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const manager = await other.newPage();
  await manager.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  await hydrated(manager);
  await expect(manager).toHaveURL(/\?run=i-/);
  expect(new URL(manager.url()).hash).toBe('');
  for (const id of ['comfort', 'notify-maintainer']) await expect(manager.locator(`[data-step="${id}"]`)).toHaveClass(/is-done/);
  await expect(manager.getByLabel('现场记录（随手记）')).toHaveValue('五号楼 2 号梯，轿厢停在 5、6 层之间，被困 2 人');
  await expect(manager.locator('[data-calls]')).toContainText('已拨');
  const stampOf = (p: Page) => p.locator('[data-step="comfort"] .stamp').innerText();
  expect(await stampOf(manager)).toBe(await stampOf(page));
  await other.close();

  // finished in WeChat (no print, no downloads): the record as a picture to long-press
  await page.getByRole('button', { name: '结束处置…' }).click();
  await page.getByRole('button', { name: '确定结束' }).click();
  await page.getByRole('button', { name: /生成记录图片/ }).click();
  const picture = page.locator('[data-record-picture]');
  await expect(picture).toHaveAttribute('src', /^data:image\/png;base64,/);
  await expect(picture).toHaveAttribute('alt', /^紧急事件处理记录表：电梯故障与困人/);
  const img = PNG.sync.read(Buffer.from((await picture.getAttribute('src'))!.split(',')[1], 'base64'));
  expect(img.width).toBe(1080);
  expect(img.height).toBeGreaterThan(1200);
  await ctx.close();
});

test('a transfer link that was cut on its way says so in Chinese and opens no run', async ({ page }) => {
  await page.goto('/emergency/lift-entrapment/run/#take=WYB1.eJzLSM3JyVcozy_KSQEAGgQEXQ');
  await hydrated(page);
  await expect(page.locator('.incident-run .notice').filter({ hasText: '转来的记录打不开' })).toBeVisible();
  await expect(page.getByRole('button', { name: '开始处置（接报时间：现在）' })).toBeVisible();
});

test('a checklist round filled inside WeChat reaches another browser through its link, and becomes a picture', async ({ browser }) => {
  const { ctx } = await wechat(browser, XWEB);
  const page = await ctx.newPage();
  await page.goto('/train/checklist/patrol-shift/');
  await hydrated(page);
  const radios = page.locator('.check-items input[type=radio][value=pass]');
  await radios.nth(0).check();
  await radios.nth(1).check();
  await expect(page.locator('[data-stat=done]')).toHaveText('2');
  await page.getByRole('button', { name: '生成本期检查的图片' }).click();
  const picture = page.locator('[data-record-picture]');
  await expect(picture).toHaveAttribute('src', /^data:image\/png;base64,/);
  await page.getByRole('button', { name: '转到另一部手机或浏览器…' }).click();
  const link = await page.locator('[data-transfer-link]').inputValue();
  const qr = page.locator('[data-transfer-qr] img');
  const png = PNG.sync.read(Buffer.from((await qr.getAttribute('src'))!.split(',')[1], 'base64'));
  expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(link);

  const other = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const next = await other.newPage();
  await next.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  await hydrated(next);
  await expect(next.getByRole('status').filter({ hasText: '已收到转来的检查记录：本期 2 项' })).toBeVisible();
  await expect(next.locator('[data-stat=done]')).toHaveText('2');
  await expect(next.locator('.check-items input[type=radio][value=pass]').nth(1)).toBeChecked();
  await other.close();
  await ctx.close();
});
