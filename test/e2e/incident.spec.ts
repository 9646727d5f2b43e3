import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { axe, controlledBySw, hydrated } from './helpers';

// these tests need the offline worker (see playwright.config.ts)
test.use({ serviceWorkers: 'allow' });

// The record's times are local times; the phone is in China.
test.use({ timezoneId: 'Asia/Shanghai' });

const MIN = 60_000;
const T0 = new Date('2026-11-25T10:00:00+08:00').getTime();
const LIFT_TEL = 'tel:00008000002';

const step = (page: Page, id: string) => page.locator(`[data-step="${id}"]`);
const stampStep = async (page: Page, id: string) => {
  await step(page, id).locator('.step-tap').click();
  await expect(step(page, id)).toHaveClass(/is-done/);
};
/**
 * Moves the phone's clock to `minutes` (and `seconds`) after 10:00: a jump to just before, then the
 * last 200 ms run through, so timers, frames and effects due by then have run.
 */
const at = async (page: Page, minutes: number, seconds = 0) => {
  const target = T0 + minutes * MIN + seconds * 1000;
  const now = await page.evaluate(() => Date.now());
  await page.clock.fastForward(target - now - 200);
  await page.clock.runFor(200);
};

test('a lift entrapment run over 40 minutes: warned before the 30-minute limit, survives a closed tab, ends in a one-page record', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.clock.install({ time: T0 - MIN });
  await page.goto('/emergency/lift-entrapment/');
  await page.getByRole('link', { name: /开始处置/ }).click();
  await expect(page).toHaveURL(/\/emergency\/lift-entrapment\/run\/$/);
  await hydrated(page);
  await expect(page.getByText('处置记录只保存在这台手机上')).toBeVisible();
  // the island has read storage and offers the start (a paused clock would hold its effects back)
  await expect(page.getByRole('button', { name: '开始处置（接报时间：现在）' })).toBeVisible();
  await page.clock.pauseAt(T0);
  await page.getByRole('button', { name: '开始处置（接报时间：现在）' }).click();
  await expect(page).toHaveURL(/\?run=i-/);
  const runUrl = page.url();
  await expect(page.locator('[data-elapsed]')).toHaveText('00:00');

  // 0:40 — a tap on the step stamps the real time
  await at(page, 0, 40);
  await stampStep(page, 'comfort');
  await expect(step(page, 'comfort')).toContainText('10:00:40 完成');
  // 2:00 — the next step from the bar at the bottom
  await at(page, 2);
  await page.getByRole('button', { name: /^完成第 2 步/ }).click();
  await expect(step(page, 'notify-maintainer')).toContainText('10:02:00 完成');
  // the maintainer's number from the page's phone list; the call is logged (the test keeps the browser from dialling)
  const call = page.locator(`#run-contacts a[href="${LIFT_TEL}"]`);
  await call.evaluate((a) => a.addEventListener('click', (e) => e.preventDefault()));
  await call.click();
  await expect(page.locator('[data-calls]')).toContainText('10:02 本项目电梯维保单位');
  await at(page, 5);
  await stampStep(page, 'guard');
  // 10:00 — the trapped person's name and number
  await at(page, 10);
  await page.getByRole('button', { name: '添加或修改…' }).click();
  const form = page.locator('.person-form');
  await form.getByLabel('姓名').fill('张三');
  await form.getByLabel(/身份/).fill('被困人员');
  await form.getByLabel('电话').fill('13800000000');
  await form.getByRole('button', { name: '添加' }).click();
  await form.getByRole('button', { name: '完成' }).click();
  await expect(page.locator('[data-people]')).toHaveText('张三（被困人员） 13800000000');
  await at(page, 12);
  await stampStep(page, 'keep-talking');

  // The rescue limit counts down from the report; it warns 6 minutes before (the last fifth of 30)
  const limit = step(page, 'maintainer-arrive').locator('[data-limit]');
  await at(page, 20);
  await expect(limit).toHaveAttribute('data-limit', 'running');
  // (the countdown ticks once a second, so it may show the second before)
  await expect(limit).toHaveText(/^限 30 分钟：还剩 10 分 [01] 秒$/);
  await at(page, 24, 30);
  await expect(limit).toHaveAttribute('data-limit', 'warning');
  await expect(limit).toHaveText(/^快到时限：还剩 5 分 3[01] 秒$/);
  await expect(limit.locator('.ic-warn')).toBeVisible();
  expect(await limit.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(255, 245, 214)');
  await expect(page.locator('.run-clock [data-limit="warning"]')).toHaveText(/^第 4 步：快到时限/);
  await expect(page.getByRole('status').filter({ hasText: '快到时限' })).toHaveCount(1);

  // 25:00 — the tab is closed and opened again: everything is still there, the clock still runs from 10:00
  await at(page, 25);
  await page.close();
  page = await context.newPage();
  await page.goto(runUrl);
  await hydrated(page);
  // the reopened page's clock is paused at 25:00 like the first one; let it run a moment so the page settles
  await page.clock.runFor(1000);
  await expect(step(page, 'comfort')).toContainText('10:00:40 完成');
  await expect(step(page, 'notify-maintainer')).toContainText('10:02:00 完成');
  await expect(page.locator('[data-elapsed]')).toHaveText(/^25:0\d$/);
  await expect(step(page, 'maintainer-arrive').locator('[data-limit]')).toHaveAttribute('data-limit', 'warning');

  // 31:10 — overdue; the arrival is stamped late, then corrected from the gate camera to 10:29
  await at(page, 31, 10);
  const limit2 = step(page, 'maintainer-arrive').locator('[data-limit]');
  await expect(limit2).toHaveAttribute('data-limit', 'overdue');
  await expect(limit2).toHaveText(/^已超时 1 分 (9|10) 秒$/);
  await expect(limit2.locator('.ic-over')).toBeVisible();
  await stampStep(page, 'maintainer-arrive');
  await expect(limit2).toHaveAttribute('data-limit', 'late');
  await step(page, 'maintainer-arrive').locator('.step-tap').click();
  await page.getByLabel('第 4 步的完成时间').fill('10:29');
  await page.getByRole('button', { name: '保存时间' }).click();
  await expect(limit2).toHaveAttribute('data-limit', 'met');
  await expect(step(page, 'maintainer-arrive')).toContainText('改过：10:31→10:29（10:31 改）');
  await expect(step(page, 'maintainer-arrive').locator('.step-tap')).toBeFocused();

  // a step for one case only, answered 不需要 with why
  await expect(step(page, 'medical')).toContainText('仅当：');
  await step(page, 'medical').getByRole('button', { name: '不需要…' }).click();
  await page.getByLabel(/为什么不需要/).fill('被困人员没有不适');
  await page.getByRole('button', { name: '确定不需要' }).click();
  await expect(step(page, 'medical')).toContainText('不需要：被困人员没有不适');
  await at(page, 36);
  await stampStep(page, 'rescue');
  await at(page, 38);
  await stampStep(page, 'after-care');
  await step(page, 'accompany-hospital').getByRole('button', { name: '不需要…' }).click();
  await page.getByLabel(/为什么不需要/).fill('被困人员没有不适');
  await page.getByRole('button', { name: '确定不需要' }).click();
  await at(page, 39);
  await stampStep(page, 'stop-use');

  // 40:00 — finished: the 《紧急事件处理记录表》 with every stamped time and the time since the report
  await at(page, 40);
  await page.getByRole('button', { name: '结束处置…' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('还有 1 步没有记下时间');
  await page.getByRole('button', { name: '确定结束' }).click();
  const sheet = page.locator('[data-record]');
  await expect(sheet.getByRole('heading', { name: '紧急事件处理记录表' })).toBeVisible();
  await expect(sheet.locator('[data-reported]')).toHaveText('2026-11-25 10:00');
  await expect(sheet).toContainText('结束 10:40，共 40 分钟');
  const rows: [string, string, string, string][] = [
    ['comfort', '10:00', '40 秒', '已完成'],
    ['notify-maintainer', '10:02', '2 分 0 秒', '已完成'],
    ['guard', '10:05', '5 分 0 秒', '已完成'],
    ['maintainer-arrive', '10:29', '29 分 0 秒', '按时'],
    ['keep-talking', '10:12', '12 分 0 秒', '已完成'],
    ['medical', '—', '—', '不需要：被困人员没有不适'],
    ['rescue', '10:36', '36 分 0 秒', '已完成'],
    ['after-care', '10:38', '38 分 0 秒', '已完成'],
    ['accompany-hospital', '—', '—', '不需要：被困人员没有不适'],
    ['stop-use', '10:39', '39 分 0 秒', '已完成'],
    ['review', '—', '—', '未记录'],
  ];
  for (const [id, time, minutes, status] of rows) {
    const row = sheet.locator(`[data-row="${id}"]`);
    await expect(row.locator('[data-time]'), id).toHaveText(time);
    await expect(row.locator('[data-minutes]'), id).toHaveText(minutes);
    await expect(row.locator('td').last(), id).toHaveText(status);
  }
  await expect(sheet.locator('[data-row="maintainer-arrive"]')).toContainText('30 分钟内');
  await expect(sheet.locator('[data-row="medical"]')).toContainText('没有出现');
  await expect(sheet).toContainText('10:02 本项目电梯维保单位（24 小时值班电话）：示例电梯维保公司 0000-8000002');
  await expect(sheet).toContainText('张三（被困人员） 13800000000');
  await expect(sheet).toContainText('第 4 步 10:31→10:29（10:31 改）');

  // 原因 / 采取的措施 / 后续跟进 completed on the record
  await page.getByLabel('原因', { exact: true }).fill('门锁回路故障，轿厢停在 5、6 层之间');
  await page.getByLabel('采取的措施').fill('维保人员盘车平层放人');
  await page.getByLabel('后续跟进').fill('维保单位三天内提交整改报告');
  await page.getByLabel('接报时间、被困人数').fill('10:00，1 人');
  await expect(sheet).toContainText('门锁回路故障，轿厢停在 5、6 层之间');
  await expect(sheet).toContainText('维保单位三天内提交整改报告');

  // The debrief beside the plan: steps not recorded, with the way back to the plan (a case that did not arise is not a skip)
  await expect(page.locator('[data-verdict]')).toContainText('1 步没有记录');
  await expect(page.locator('[data-verdict]')).not.toContainText('跳过');
  await expect(page.locator('[data-debrief] tr.st-missed').getByRole('link', { name: '看预案' })).toHaveAttribute('href', '/emergency/lift-entrapment/#step-review');

  // Shared as plain text: no share sheet here, so it is copied, and the page says so
  await page.evaluate(() => Object.defineProperty(navigator, 'share', { value: undefined, configurable: true }));
  await page.getByRole('button', { name: '分享' }).click();
  await expect(page.locator('[data-share-status]')).toHaveText('记录已复制，可以粘贴到工作群或微信里。');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text.split('\n').slice(0, 3)).toEqual(['《紧急事件处理记录表》电梯故障与困人', '项目：示例花园小区（示例数据，不是真实记录）', '接报：2026-11-25 10:00；结束 10:40，共 40 分钟']);
  expect(text).toContain('4. 10:29（接报后 29 分 0 秒，限 30 分钟，按时）跟进维保单位救援人员到场（');
  expect(text).toContain('6. 不需要：被困人员没有不适：');
  expect(text).toContain('原因：门锁回路故障');

  // Saved as a file
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '保存为文件' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^紧急事件处理记录-电梯故障与困人-202611251000\.txt$/);
  expect(readFileSync(await download.path(), 'utf8')).toContain('持证维保人员按规程断电、盘车平层、开门放人');

  // Printed: one A4 page
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
});

test('several incidents at once: each its own clock, listed for the next shift and on 我的, exported, deleted one by one, cleared', async ({ page }) => {
  await page.goto('/emergency/lift-entrapment/run/');
  await hydrated(page);
  await page.getByRole('button', { name: '开始处置（接报时间：现在）' }).click();
  await stampStep(page, 'comfort');
  await page.goto('/emergency/pipe-burst/run/');
  await hydrated(page);
  // the start page lists what is already open
  await expect(page.locator('[data-open-runs] li')).toHaveCount(1);
  await expect(page.locator('[data-open-runs]')).toContainText('电梯故障与困人');
  await page.getByRole('button', { name: '开始处置（接报时间：现在）' }).click();
  await expect(page.getByRole('link', { name: '另有 1 件事件正在处置' })).toBeVisible();

  // the next shift sees both at the top of the hand-over checklist, and can go straight back into one
  await page.goto('/train/checklist/shift-handover/');
  await hydrated(page);
  const open = page.locator('.open-incidents');
  await expect(open.getByRole('heading')).toHaveText('未结束的现场处置（交给下一班）');
  await expect(open.locator('li')).toHaveCount(2);
  await expect(open).toContainText('已记 1/11 步');
  expect(await axe(page)).toEqual([]);
  await page.goto('/emergency/');
  await expect(page.locator('.open-incidents li')).toHaveCount(2);
  await page.locator('.open-incidents a', { hasText: '电梯故障与困人' }).click();
  await hydrated(page);
  await expect(step(page, 'comfort')).toHaveClass(/is-done/);

  // 我的: both listed, with the privacy note; exported in the backup file
  await page.goto('/me/');
  await hydrated(page);
  const log = page.locator('[data-incident-log] > li');
  await expect(log).toHaveCount(2);
  await expect(page.getByText('只有你分享、保存或导出备份时才会离开这台设备')).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出备份文件' }).click()]);
  const backup = readFileSync(await download.path(), 'utf8');
  expect(Object.keys(JSON.parse(backup).data.incidents)).toHaveLength(2);

  // deleted one by one, after confirming
  await log.filter({ hasText: '水管破裂' }).getByRole('button', { name: '删除…' }).click();
  await page.getByRole('button', { name: '取消' }).click();
  await expect(log).toHaveCount(2);
  await log.filter({ hasText: '水管破裂' }).getByRole('button', { name: '删除…' }).click();
  expect(await axe(page)).toEqual([]);
  await page.getByRole('button', { name: '确定删除' }).click();
  await expect(log).toHaveCount(1);
  await expect(log).toContainText('电梯故障与困人');

  // a backup made before the deletion merges in without bringing the deleted record back
  await page.locator('input[type=file][accept^="application/json"]').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
  await expect(page.getByText(/已合并导入/)).toBeVisible();
  await expect(log).toHaveCount(1);
  await expect(log).toContainText('电梯故障与困人');

  // 清空本机记录 clears them too
  await page.getByRole('button', { name: '清空本机记录…' }).click();
  await page.getByRole('button', { name: '确定清空' }).click();
  await expect(log).toHaveCount(0);
  await expect(page.getByText('还没有现场处置记录。')).toBeVisible();
  await page.goto('/train/checklist/shift-handover/');
  await hydrated(page);
  await expect(page.locator('.open-incidents')).toContainText('这台设备上没有未结束的现场处置。');
});

test('after one visit a run works with the network off: start, stamp, reload, correct, finish, record', async ({ context, page }) => {
  await page.goto('/');
  await controlledBySw(page);
  await context.setOffline(true);
  await page.goto('/emergency/lift-entrapment/run/');
  await hydrated(page);
  await page.getByRole('button', { name: '开始处置（接报时间：现在）' }).click();
  await stampStep(page, 'comfort');
  await page.reload();
  await hydrated(page);
  await expect(step(page, 'comfort')).toHaveClass(/is-done/);
  // the correction forms and the record load when first used, from the phone's copy
  await step(page, 'guard').getByRole('button', { name: '跳过这一步…' }).click();
  await page.getByLabel('跳过的原因（必填）').fill('人手不够');
  await page.getByRole('button', { name: '确定跳过' }).click();
  await expect(step(page, 'guard')).toContainText('已跳过：人手不够');
  await page.getByRole('button', { name: '结束处置…' }).click();
  await page.getByRole('button', { name: '确定结束' }).click();
  await expect(page.locator('[data-record] [data-row="comfort"] [data-minutes]')).toHaveText(/^(\d+ 分 )?\d+ 秒$/);
  await context.setOffline(false);
});

// (axe waits on timers, so it runs here, on the real clock)
test('no accessibility violations on the run page: start, mid-run with a warning and forms open, the record, and in dark mode', async ({ page }) => {
  await page.goto('/emergency/lift-entrapment/run/');
  await hydrated(page);
  expect(await axe(page)).toEqual([]);
  await page.getByRole('button', { name: '开始处置（接报时间：现在）' }).click();
  await stampStep(page, 'comfort');
  // a report 25 minutes ago puts the rescue limit into its warning
  const clockText = (minutes: number) => page.evaluate((m) => new Date(Date.now() + m * 60_000).toTimeString().slice(0, 5), minutes);
  await page.getByRole('button', { name: '改接报时间' }).click();
  const report = page.getByLabel('接报时间');
  await expect(report).toBeFocused();
  await report.fill(await clockText(10));
  await page.getByRole('button', { name: '保存时间' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '接报时间不能晚于现在' })).toBeVisible();
  await report.fill(await clockText(-25));
  await page.getByRole('button', { name: '保存时间' }).click();
  await expect(step(page, 'maintainer-arrive').locator('[data-limit]')).toHaveAttribute('data-limit', 'warning');
  // a wrong tap taken back, and kept in the record
  await step(page, 'comfort').locator('.step-tap').click();
  await page.getByRole('button', { name: '撤销完成' }).click();
  await expect(step(page, 'comfort')).toContainText(/改过：\d\d:\d\d→撤销/);
  await expect(step(page, 'comfort').locator('.step-tap')).toBeFocused();
  await step(page, 'guard').getByRole('button', { name: '跳过这一步…' }).click();
  await page.getByRole('button', { name: '添加或修改…' }).click();
  await expect(page.locator('.person-form')).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await page.getByRole('button', { name: '结束处置…' }).click();
  await page.getByRole('button', { name: '确定结束' }).click();
  await expect(page.locator('[data-record]')).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axe(page)).toEqual([]);
  await page.getByRole('button', { name: '重新打开处置' }).click();
  await expect(step(page, 'maintainer-arrive').locator('[data-limit]')).toHaveAttribute('data-limit', /warning|overdue/);
  expect(await axe(page)).toEqual([]);
});

test('the run and its record fit a 320 px phone in 大字 without sideways scrolling; the bar stays at the bottom', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/emergency/lift-entrapment/run/');
  await hydrated(page);
  await page.getByRole('button', { name: '大字' }).click();
  await page.getByRole('button', { name: '开始处置（接报时间：现在）' }).click();
  await stampStep(page, 'comfort');
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow()).toBeLessThanOrEqual(1);
  // the next step and 结束处置 are on screen, at the bottom, without scrolling
  const bar = page.locator('.run-bar');
  const box = (await bar.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(641);
  expect(box.y).toBeGreaterThan(320);
  for (const b of await page.locator('.run-bar .button, .step-tap').all()) expect((await b.boundingBox())!.height).toBeGreaterThanOrEqual(48);
  await page.getByRole('button', { name: '结束处置…' }).click();
  await page.getByRole('button', { name: '确定结束' }).click();
  await expect(page.locator('[data-record]')).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(1);
  // on a phone the record's rows read as labelled cards; on paper, even in 大字, it is the one-page table
  await expect(page.locator('[data-row="comfort"] [data-minutes]')).toHaveCSS('display', 'block');
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
});

test('the plan page offers 开始处置 right after the first actions, as a plain link', async ({ page }) => {
  await page.goto('/emergency/fire/');
  const link = page.getByRole('link', { name: /开始处置/ });
  await expect(link).toHaveAttribute('href', '/emergency/fire/run/');
  const right = await link.evaluate((a) => a.closest('p')?.previousElementSibling?.id);
  expect(right).toBe('first-actions');
  expect(await page.locator('script[src]').count()).toBe(0);
});

/** Records what the phone was asked to do to alert: vibrate, beep, notify; and lets the test hide and show the page. */
const ALERT_PROBES = () => {
  const w = window as unknown as { __alerts: string[]; __hidden: boolean; __wake: string[] };
  w.__alerts = [];
  w.__wake = [];
  w.__hidden = false;
  Object.defineProperty(Navigator.prototype, 'wakeLock', {
    configurable: true,
    value: { request: (type: string) => (w.__wake.push(`request:${type}`), Promise.resolve({ release: () => (w.__wake.push('release'), Promise.resolve()) })) },
  });
  Object.defineProperty(Navigator.prototype, 'vibrate', { configurable: true, value: (p: number[]) => (w.__alerts.push(`vibrate:${p.length}`), true) });
  Object.defineProperty(Document.prototype, 'visibilityState', { configurable: true, get: () => (w.__hidden ? 'hidden' : 'visible') });
  Object.defineProperty(Document.prototype, 'hidden', { configurable: true, get: () => w.__hidden });
  class FakeAudio {
    currentTime = 0;
    destination = {};
    resume = () => Promise.resolve();
    createGain = () => ({ gain: { value: 0 }, connect: (d: unknown) => d });
    createOscillator = () => ({ frequency: { value: 0 }, connect: (g: unknown) => g, start: () => w.__alerts.push('beep'), stop: () => undefined });
  }
  Object.defineProperty(window, 'AudioContext', { configurable: true, value: FakeAudio });
  ServiceWorkerRegistration.prototype.showNotification = function (title: string, o?: NotificationOptions) {
    w.__alerts.push(`notify:${title}:${o?.body}`);
    return Promise.resolve();
  };
};

test('a limit that runs out while the screen is locked alerts within 2 s of unlocking: vibration, sound and a notification; the screen is kept on', async ({ browser }) => {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, timezoneId: 'Asia/Shanghai', permissions: ['notifications'] });
  await ctx.addInitScript(ALERT_PROBES);
  const page = await ctx.newPage();
  await page.clock.install({ time: T0 });
  await page.goto('/emergency/lift-entrapment/run/');
  await hydrated(page);
  // the service worker must be in charge for Android's notifications
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.getByRole('button', { name: '开始处置（接报时间：现在）' }).click();
  const notice = page.locator('[data-alert-notice]');
  await expect(notice).toContainText('震动');
  await expect(notice).toContainText('锁屏或切到别的应用时发系统通知');
  await notice.getByRole('button', { name: '知道了' }).click();
  await expect(notice).toHaveCount(0);
  // the screen is kept on while the run is open
  const wake = () => page.evaluate(() => (window as unknown as { __wake: string[] }).__wake);
  await expect.poll(wake).toEqual(['request:screen']);

  // screen locked at minute 1; the page's timers stop while the clock moves past the 30-minute limit
  await page.clock.pauseAt(T0 + MIN);
  await page.evaluate(() => {
    (window as unknown as { __hidden: boolean }).__hidden = true;
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await page.clock.setSystemTime(T0 + 31 * MIN);
  expect(await page.evaluate(() => (window as unknown as { __alerts: string[] }).__alerts)).toEqual([]);
  // unlocked: within 2 s of page time, every alert this phone has
  await page.evaluate(() => {
    (window as unknown as { __hidden: boolean }).__hidden = false;
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await page.clock.runFor(2000);
  const alerts = () => page.evaluate(() => (window as unknown as { __alerts: string[] }).__alerts);
  await expect.poll(alerts).toContain('vibrate:5');
  expect(await alerts()).toContain('beep');
  expect((await alerts()).some((a) => a.startsWith('notify:电梯故障与困人:已超时：跟进维保单位救援人员到场'))).toBe(true);
  // one alert per level: the next minutes add none
  const count = (await alerts()).length;
  await page.clock.runFor(5000);
  expect(await alerts()).toHaveLength(count);
  // back on screen, the keep-awake lock is asked for again (the browser drops it when hidden)
  expect((await wake()).filter((w) => w === 'request:screen').length).toBeGreaterThanOrEqual(2);
  await ctx.close();
});

test('a step for one case only is never completed from the next-step bar: habit taps go past it, and it asks 做了 / 不需要', async ({ page }) => {
  await page.goto('/emergency/lift-entrapment/run/');
  await hydrated(page);
  await page.getByRole('button', { name: '开始处置（接报时间：现在）' }).click();
  const bar = page.locator('.next-step');
  for (const n of [1, 2, 3, 4, 5]) {
    await expect(bar).toContainText(`完成第 ${n} 步`);
    await bar.click();
  }
  // step 6 (medical) is for a case that may not arise: the bar offers step 7
  await expect(bar).toContainText('完成第 7 步');
  await bar.click();
  await expect(step(page, 'rescue')).toHaveClass(/is-done/);
  await expect(step(page, 'medical')).toHaveClass(/is-todo/);
  await expect(step(page, 'medical').getByRole('group')).toContainText('做了，记下时间');
  await step(page, 'medical').getByRole('button', { name: '做了，记下时间' }).click();
  await expect(step(page, 'medical')).toHaveClass(/is-done/);
  await page.getByRole('button', { name: '结束处置…' }).click();
  await page.getByRole('button', { name: '确定结束' }).click();
  await expect(page.locator('[data-record] [data-row="medical"]')).toContainText('出现，已处置');
});

test('the printed record leaves ruled room to write by hand where nothing was typed, and still fits one A4 page', async ({ page }) => {
  await page.goto('/emergency/lift-entrapment/run/');
  await hydrated(page);
  await page.getByRole('button', { name: '开始处置（接报时间：现在）' }).click();
  await stampStep(page, 'comfort');
  await page.getByRole('button', { name: '结束处置…' }).click();
  await page.getByRole('button', { name: '确定结束' }).click();
  const blank = page.locator('[data-record] [data-write-in]').first();
  await expect(blank).toContainText('（未填写）');
  await page.emulateMedia({ media: 'print' });
  await expect(blank.locator('.no-print')).toBeHidden();
  const lines = blank.locator('.write-line');
  await expect(lines).toHaveCount(2);
  for (const box of await lines.evaluateAll((ls) => ls.map((l) => l.getBoundingClientRect().height))) expect(box).toBeGreaterThan(20);
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
});

test('a number in a step’s text is a call link under the step, and calling it is logged on the record', async ({ page }) => {
  await page.goto('/emergency/cardiac-arrest/run/');
  await hydrated(page);
  await page.getByRole('button', { name: '开始处置（接报时间：现在）' }).click();
  const link = step(page, 'call-120').getByRole('link', { name: /^拨打 120/ });
  await expect(link).toHaveAttribute('href', 'tel:120');
  // the step itself stays one tap target: the link is not inside its button
  await expect(step(page, 'call-120').locator('.step-tap a')).toHaveCount(0);
  await link.evaluate((a) => a.addEventListener('click', (e) => e.preventDefault()));
  await link.click();
  await expect(page.locator('[data-calls]')).toContainText('急救');
  await page.getByRole('button', { name: '结束处置…' }).click();
  await page.getByRole('button', { name: '确定结束' }).click();
  await expect(page.locator('[data-record]')).toContainText('急救 120');
});
