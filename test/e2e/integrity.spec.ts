/**
 * What careful and hostile users tried and the site must hold: exam limits, forged settings,
 * several trainees and tabs, pasted junk, and storage that is damaged or full.
 */
import { expect, test, type Page } from '@playwright/test';
import { deflateSync, strToU8 } from 'fflate';
import { toBase64url } from '../../src/lib/exam/base64url';
import { drawQuestions, examHash } from '../../src/lib/exam/assemble';
import { decodeResult, encodeResult } from '../../src/lib/exam/result-code';
import { newSigningKey, signSpec } from '../../src/lib/exam/signature';
import { encodeSpec } from '../../src/lib/exam/spec';
import { bankQuestions, buildExam, examQuestions, handIn, importCodes, localPath, specOf, startExam } from './examDriver';
import type { Sittings } from '../../src/lib/storage/exams-schema';
import type { Incidents } from '../../src/lib/storage/incidents-schema';
import { hydrated, storeBeforeScripts } from './helpers';

/** the stored values the tests write behind a page's back */
interface Stored {
  exams: Sittings;
  incidents: Incidents;
}
import { fillAnswer } from './quizDriver';

// these tests need the offline worker (see playwright.config.ts)
test.use({ serviceWorkers: 'allow' });

const T0 = new Date('2026-12-01T09:00:00+08:00').getTime();

test('an exam reopened after its deadline is handed in as saved, timed at the deadline', async ({ browser }) => {
  const ctx = await browser.newContext();
  const trainer = await ctx.newPage();
  const { link, spec } = await buildExam(trainer, 4, 2);
  const page = await ctx.newPage();
  await page.clock.install({ time: T0 });
  await startExam(page, link, '陈门岗', 'G-12');
  const qs = examQuestions(spec, 'G-12');
  await fillAnswer(page, page.locator('#exam-q-1 fieldset'), qs[0], true);
  await fillAnswer(page, page.locator('#exam-q-2 fieldset'), qs[1], true);
  await page.close();

  // Reopened an hour later: no more answering, the saved answers are handed in.
  const again = await ctx.newPage();
  await again.clock.install({ time: T0 + 3_600_000 });
  await again.goto(localPath(link));
  await hydrated(again);
  const code = await again.locator('[data-result-code]').inputValue();
  await expect(again.locator('.exam-questions')).toHaveCount(0);
  const d = decodeResult(code);
  expect(d.ok).toBe(true);
  if (!d.ok) return;
  expect(d.value.submittedAt - d.value.startedAt).toBe(120_000);
  expect(Object.keys(d.value.answers)).toEqual(expect.arrayContaining([qs[0].id, qs[1].id]));
});

test('setting the phone clock back does not extend an exam', async ({ browser }) => {
  const ctx = await browser.newContext();
  const { link } = await buildExam(await ctx.newPage(), 3, 2);
  const page = await ctx.newPage();
  await page.clock.install({ time: T0 });
  await startExam(page, link, '赵巡逻', 'P-3');
  await page.clock.runFor(40_000);
  await page.clock.setSystemTime(T0 - 3_600_000);
  await page.clock.runFor(2_000);
  await expect(page.getByText('手机时间被调回过')).toBeVisible();
  const left = await page.getByRole('timer').textContent();
  expect(left && Number(left.split(':')[0]) * 60 + Number(left.split(':')[1])).toBeLessThanOrEqual(80);
  await page.clock.runFor(90_000);
  const code = await page.locator('[data-result-code]').inputValue();
  const d = decodeResult(code);
  expect(d.ok && d.value.clockWentBack).toBe(true);
});

test('the console refuses a result whose exam settings were edited in the link', async ({ browser }) => {
  const trainer = await (await browser.newContext()).newPage();
  const { link, spec } = await buildExam(trainer, 3);
  // A trainee decodes the link, lowers the pass mark to 0, keeps the signature and re-encodes.
  const forged = localPath(link).replace(/exam=[A-Za-z0-9_-]+/, `exam=${encodeSpec({ ...spec, pass: 0 })}`);
  const trainee = await (await browser.newContext()).newPage();
  await startExam(trainee, forged, '钱保洁', 'C-5');
  const code = await handIn(trainee);
  await expect(trainee.getByRole('status').filter({ hasText: '钱保洁' })).toContainText('通过');

  await trainer.goto('/assess/console/');
  await hydrated(trainer);
  await importCodes(trainer, code);
  await expect(trainer.getByRole('status')).toContainText('1 份不能接收');
  await expect(trainer.locator('.rejected')).toContainText(/被改过|签名对不上/);
  await expect(trainer.locator('[data-results]')).toHaveCount(0);
});

test('the console refuses a preset exam with a lowered pass mark, and accepts the published one', async ({ browser }) => {
  const assess = await (await browser.newContext()).newPage();
  await assess.goto('/assess/');
  const preset = await assess.locator('a[data-preset-try][href*="exam="]').first().getAttribute('href');
  const spec = specOf(preset!);
  const forged = `/assess/take/?exam=${encodeSpec({ ...spec, pass: 0, count: 1 })}`;
  const codes: string[] = [];
  for (const [link, number] of [
    [preset!, 'A-1'],
    [forged, 'A-2'],
  ]) {
    const trainee = await (await browser.newContext()).newPage();
    await startExam(trainee, link, '孙管家', number);
    codes.push(await handIn(trainee));
  }
  const trainer = await (await browser.newContext()).newPage();
  await trainer.goto('/assess/console/');
  await hydrated(trainer);
  await importCodes(trainer, codes.join('\n'));
  await expect(trainer.getByRole('status')).toContainText('新增 1 份');
  await expect(trainer.locator('.rejected')).toContainText('与本站公布的预设考试不一致');
  await expect(trainer.locator('[data-results] tbody tr')).toHaveCount(1);
});

test('options are shuffled per sitting; two seeds show different orders and both score right', async ({ browser }) => {
  const trainer = await (await browser.newContext()).newPage();
  const { link, spec } = await buildExam(trainer, 12);
  const orders: string[][] = [];
  const codes: string[] = [];
  for (const number of ['S-1', 'S-2']) {
    const trainee = await (await browser.newContext()).newPage();
    await startExam(trainee, link, `考生${number}`, number);
    const qs = examQuestions(spec, number);
    const shown: string[] = [];
    for (let i = 0; i < qs.length; i++) {
      const item = trainee.locator(`#exam-q-${i + 1} fieldset`);
      if ('options' in qs[i]) shown.push((await item.locator('label.option span').allTextContents()).join('|'));
      await fillAnswer(trainee, item, qs[i], true);
    }
    orders.push(shown);
    codes.push(await handIn(trainee));
    await expect(trainee.getByRole('status').filter({ hasText: `考生${number}` })).toContainText('100 分');
  }
  const seeds = codes.map((c) => {
    const d = decodeResult(c);
    return d.ok ? d.value.seed : undefined;
  });
  expect(seeds[0]).toBeTruthy();
  expect(seeds[0]).not.toBe(seeds[1]);
  expect(orders[0]).not.toEqual(orders[1]);
  await trainer.goto('/assess/console/');
  await hydrated(trainer);
  await importCodes(trainer, codes.join('\n'));
  await expect(trainer.getByRole('status')).toContainText('新增 2 份');
  await expect(trainer.locator('[data-results] [data-score]').first()).toHaveText('100');
  await expect(trainer.locator('[data-results] [data-score]').last()).toHaveText('100');
});

test('a paste with one whole and one truncated code adds one and names the other with its reason', async ({ browser }) => {
  const ctx = await browser.newContext();
  const { link } = await buildExam(await ctx.newPage(), 2);
  const trainee = await ctx.newPage();
  await startExam(trainee, link, '周工程', 'E-1');
  const code = await handIn(trainee);
  const trainer = await ctx.newPage();
  await trainer.goto('/assess/console/');
  await hydrated(trainer);
  await importCodes(trainer, `完整的：${code}\n不完整的：${code.slice(0, code.lastIndexOf('.'))}`);
  await expect(trainer.getByRole('status')).toContainText('新增 1 份');
  await expect(trainer.getByRole('status')).toContainText('1 份不能接收');
  await expect(trainer.locator('.rejected li')).toContainText('不完整');
});

test('a megabyte of pasted junk is refused at once and the console stays usable', async ({ page }) => {
  await page.goto('/assess/console/');
  await hydrated(page);
  const junk = 'WY1.' + 'A'.repeat(300) + '.' + '你好'.repeat(500_000);
  await page.getByLabel(/粘贴结果码/).evaluate((el, v) => {
    const t = el as HTMLTextAreaElement;
    t.value = v;
    t.dispatchEvent(new Event('input', { bubbles: true }));
  }, junk);
  const t = Date.now();
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('不能接收');
  expect(Date.now() - t).toBeLessThan(5_000);
  await expect(page.getByRole('button', { name: '导入文件或二维码照片' })).toBeVisible();
});

test('results stay listed with their grade after their bank drops a question they were drawn', async ({ browser }) => {
  // no service worker: the bank request must reach the route that plays the new deployment
  const ctx = await browser.newContext({ serviceWorkers: 'block' });
  const trainer = await ctx.newPage();
  const { link, spec } = await buildExam(trainer, 3);
  const trainee = await ctx.newPage();
  await startExam(trainee, link, '吴客服', 'K-9');
  const qs = examQuestions(spec, 'K-9');
  for (let i = 0; i < 3; i++) await fillAnswer(trainee, trainee.locator(`#exam-q-${i + 1} fieldset`), qs[i], true);
  const code = await handIn(trainee);
  await trainer.goto('/assess/console/');
  await hydrated(trainer);
  await importCodes(trainer, code);
  await expect(trainer.locator('[data-results] [data-score]')).toHaveText('100');

  // A new deployment drops a question this exam drew: the exam cannot be scored again. (A bank
  // that only gains questions still scores it: see the unit tests of drawnBefore.)
  await trainer.route('**/exam-data/*.json', async (route) => {
    const questions = (await (await route.fetch()).json()) as { id: string }[];
    await route.fulfill({ json: questions.filter((q) => q.id !== qs[0].id) });
  });
  await trainer.reload();
  await hydrated(trainer);
  const row = trainer.locator('[data-results] tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row.locator('[data-score]')).toContainText('100');
  await expect(row).toContainText('按出卷时的题库计分');
  await expect(trainer.locator('[data-stale]')).toBeVisible();
  await expect(trainer.getByRole('button', { name: '备份考核台' })).toBeVisible();
  await expect(trainer.getByRole('button', { name: '导出 CSV（Excel）' })).toBeVisible();
});

test('a second trainee can sit the same link on the same phone; two tabs keep every answer', async ({ browser }) => {
  const ctx = await browser.newContext();
  const { link, spec } = await buildExam(await ctx.newPage(), 4);
  const a = await ctx.newPage();
  await startExam(a, link, '第一位', 'N-1');
  await handIn(a);
  await a.getByRole('button', { name: '下一位考生用这台设备考试' }).click();
  await a.getByLabel('姓名').fill('第二位');
  await a.getByLabel('工号').fill('N-2');
  await a.getByRole('button', { name: '开始考试' }).click();
  await expect(a.getByRole('timer')).toBeVisible();

  // The same sitting open in a second tab; both answer, neither overwrites the other.
  const b = await ctx.newPage();
  await b.goto(localPath(link));
  await hydrated(b);
  await expect(b.getByRole('timer')).toBeVisible();
  const qs = examQuestions(spec, 'N-2');
  const item = (p: Page, i: number) => p.locator(`#exam-q-${i + 1} fieldset`);
  await fillAnswer(a, item(a, 0), qs[0], true);
  await fillAnswer(b, item(b, 1), qs[1], true);
  await fillAnswer(a, item(a, 2), qs[2], true);
  await fillAnswer(b, item(b, 3), qs[3], true);
  await a.reload();
  await hydrated(a);
  await expect(a.getByText('已答 4 / 4')).toBeVisible();
  const code = await handIn(a);
  await expect(a.getByRole('status').filter({ hasText: '第二位' })).toContainText('100 分');
  expect(decodeResult(code).ok).toBe(true);
});

/**
 * Two tabs writing at the same instant: each writes what it computed before hearing the other, so
 * the later write lacks the other's input. The race itself cannot be timed from a test; its result
 * can: the other tab's write arrives without what this tab just did.
 */
async function staleWrite<K extends keyof Stored>(from: Page, name: K, edit: (value: Stored[K]) => void) {
  const key = `wuye:v1:${name}`;
  const value = JSON.parse((await from.evaluate((k) => localStorage.getItem(k), key)) ?? '{}');
  edit(value);
  await from.evaluate(([k, v]) => localStorage.setItem(k, v), [key, JSON.stringify(value)] as const);
}

test('an answer given the moment another tab saves its own is kept on screen, in storage and after a reload', async ({ browser }) => {
  const ctx = await browser.newContext();
  const { link, spec } = await buildExam(await ctx.newPage(), 3);
  const a = await ctx.newPage();
  await startExam(a, link, '两页同答', 'T-2');
  const b = await ctx.newPage();
  await b.goto(localPath(link));
  await hydrated(b);
  const qs = examQuestions(spec, 'T-2');
  await fillAnswer(a, a.locator('#exam-q-2 fieldset'), qs[1], true);
  await fillAnswer(a, a.locator('#exam-q-1 fieldset'), qs[0], true);
  // (an ordering or matching question counts as answered as shown, so the count depends on the draw)
  const counter = a.getByText(/^已答 \d \/ 3$/);
  await expect(counter).not.toHaveText('已答 0 / 3');
  await expect(counter).not.toHaveText('已答 1 / 3');
  const answered = await counter.innerText();
  // tab b saves the sitting as it held it before question 1 was answered
  await staleWrite(b, 'exams', (v) => Object.values(v).forEach((s) => delete s.answers[qs[0].id]));
  const stored = () => b.evaluate((id) => Object.values(JSON.parse(localStorage.getItem('wuye:v1:exams') ?? '{}') as Record<string, { answers: object }>).every((s) => id in s.answers), qs[0].id);
  await expect.poll(stored).toBe(true);
  await expect(counter).toHaveText(answered);
  await a.reload();
  await hydrated(a);
  await expect(a.getByText(/^已答 \d \/ 3$/)).toHaveText(answered);
});

test('a step ticked the moment another tab saves the same run stays ticked', async ({ context }) => {
  const a = await context.newPage();
  await a.goto('/emergency/lift-entrapment/run/');
  await hydrated(a);
  await a.getByRole('button', { name: '开始处置（接报时间：现在）' }).click();
  await expect(a).toHaveURL(/\?run=i-/);
  const b = await context.newPage();
  await b.goto(new URL(a.url()).pathname + new URL(a.url()).search);
  await hydrated(b);
  await a.locator('[data-step="comfort"] .step-tap').click();
  await expect(a.locator('[data-step="comfort"]')).toHaveClass(/is-done/);
  // tab b ticks another step on the run as it was before 'comfort' was ticked
  await staleWrite(b, 'incidents', (v) =>
    Object.values(v).forEach((r) => {
      delete r.marks.comfort;
      r.marks['notify-maintainer'] = { doneAt: Date.now(), edits: [] };
      r.updatedAt = Date.now();
    }),
  );
  await expect(a.locator('[data-step="notify-maintainer"]')).toHaveClass(/is-done/);
  await expect(a.locator('[data-step="comfort"]')).toHaveClass(/is-done/);
  await expect(b.locator('[data-step="comfort"]')).toHaveClass(/is-done/);
  await b.reload();
  await hydrated(b);
  await expect(b.locator('.run-step.is-done')).toHaveCount(2);
});

test('a damaged signing-key store is told (once) where exam links are made, and 我的 offers it back', async ({ page }) => {
  await storeBeforeScripts(page, () => ({ 'wuye:v1:trainer': '{"keys":[1]}' }));
  await page.goto('/assess/');
  await hydrated(page);
  await page.getByRole('combobox', { name: /^岗位/ }).selectOption('cleaner');
  await page.getByRole('button', { name: '生成考试链接' }).click();
  await expect(page.getByRole('img', { name: '考试二维码' })).toBeVisible();
  const notice = page.locator('p.notice').filter({ hasText: '出卷密钥' });
  await expect(notice).toHaveCount(1);
  await expect(notice).toContainText('可在「我的」查看或恢复');
  await page.goto('/me/');
  await hydrated(page);
  const entry = page.locator('[data-set-aside] li').filter({ hasText: '出卷密钥' });
  await expect(entry).toHaveCount(1);
  await expect(entry.getByRole('button', { name: '恢复' })).toBeVisible();
});

test('a damaged incident store does not look like "nothing open" on the 应急 page: it says the records were set aside', async ({ page }) => {
  await storeBeforeScripts(page, () => ({ 'wuye:v1:incidents': 'not json' }));
  await page.goto('/emergency/');
  await hydrated(page);
  await expect(page.locator('p.notice').filter({ hasText: '处置记录' })).toHaveCount(1);
});

test('an exam link for a bank this site does not have says so, not "go online"', async ({ page }) => {
  const spec = { id: 'custom-x', title: '外来考试', banks: ['no-such-bank'], tags: [], count: 1, minutes: 5, pass: 60, seed: 'x', shuffle: false };
  await page.goto(`/assess/take/?exam=${toBase64url(deflateSync(strToU8(JSON.stringify(spec))))}`);
  await expect(page.getByRole('alert')).toContainText('本站没有题库「no-such-bank」');
  await expect(page.getByRole('alert')).not.toContainText('联网');
});

test('a checklist note being typed survives the periodic check and another tab saving', async ({ context }) => {
  const a = await context.newPage();
  await a.clock.install();
  await a.goto('/train/checklist/gate-post-shift/');
  await hydrated(a);
  const note = a.getByRole('textbox', { name: /^备注：/ }).first();
  await note.click();
  await a.keyboard.type('西门道闸抬杆慢');
  await a.clock.runFor(61_000);
  const b = await context.newPage();
  await b.goto('/train/checklist/gate-post-shift/');
  await hydrated(b);
  await b.locator('.check-items input[type=radio][value=pass]').nth(1).check();
  await expect(a.locator('[data-stat=done]')).toHaveText('1');
  await expect(note).toHaveValue('西门道闸抬杆慢');
  await expect(note).toBeFocused();
  await a.keyboard.type('，已报修');
  await expect(note).toHaveValue('西门道闸抬杆慢，已报修');
  await b.reload();
  await hydrated(b);
  await expect(b.getByRole('textbox', { name: /^备注：/ }).first()).toHaveValue('西门道闸抬杆慢，已报修');
});

test('one damaged answer among 51 costs only that answer; 我的 offers the set-aside copy back', async ({ page }) => {
  await storeBeforeScripts(page, () => {
    const answers: Record<string, unknown> = {};
    for (let i = 0; i < 50; i++) answers[`q${i}`] = { bank: 'cleaning', correct: i % 2 === 0, at: 1_790_000_000_000 + i, wrongCount: i % 2 };
    answers.broken = { bank: 'cleaning', correct: 'maybe' };
    return { 'wuye:v1:progress': JSON.stringify({ quiz: {}, answers, reads: {} }) };
  });
  await page.goto('/me/');
  await hydrated(page);
  await expect(page.getByRole('alert')).toContainText('有 1 条记录已损坏');
  const kept = await page.evaluate(() => Object.keys(JSON.parse(localStorage.getItem('wuye:v1:progress')!).answers).length);
  expect(kept).toBe(50);
  const setAside = page.locator('[data-set-aside] li');
  await expect(setAside).toHaveCount(1);
  await setAside.getByRole('button', { name: '恢复' }).click();
  await expect(page.getByRole('status').filter({ hasText: '合并回来' })).toContainText('1 条确实已损坏');
  await expect(page.locator('[data-set-aside]')).toHaveCount(0);
});

test('full storage at load keeps showing stored history and says storage is full, not private mode', async ({ page }) => {
  await page.goto('/me/');
  await page.evaluate(() => {
    localStorage.setItem('wuye:v1:progress', JSON.stringify({ quiz: { cleaning: { attempts: [{ at: 1_790_000_000_000, correct: 7, total: 10 }] } }, answers: {}, reads: {} }));
    // fill what is left of the quota
    const chunk = 'x'.repeat(256 * 1024);
    let i = 0;
    try {
      for (;;) localStorage.setItem(`filler-${i++}`, chunk);
    } catch {
      /* full */
    }
    let small = 'x'.repeat(1024);
    while (small.length > 1) {
      try {
        localStorage.setItem(`filler-${i++}`, small);
      } catch {
        small = small.slice(0, small.length / 2);
      }
    }
  });
  await page.reload();
  await hydrated(page);
  await expect(page.getByRole('alert')).toContainText('存储空间不足');
  await expect(page.getByRole('alert')).not.toContainText('无痕');
  await expect(page.locator('.my-data')).toContainText('7/10');
  await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('filler-'))
      .forEach((k) => localStorage.removeItem(k)),
  );
});

/** Fills what is left of this origin's storage quota, so every later save fails. */
async function fillStorage(page: Page) {
  await page.evaluate(() => {
    let i = 0;
    for (let size = 256 * 1024; size >= 1; size = Math.floor(size / 2)) {
      const chunk = 'x'.repeat(size);
      try {
        for (;;) localStorage.setItem(`filler-${i++}`, chunk);
      } catch {
        /* this size no longer fits: try smaller */
      }
    }
  });
}

test('storage filling up mid-exam loses no answer: the page keeps them, warns, and the result code carries them all', async ({ browser }) => {
  const ctx = await browser.newContext();
  const { link, spec } = await buildExam(await ctx.newPage(), 5);
  const page = await ctx.newPage();
  await startExam(page, link, '孙满存', 'F-9');
  await fillStorage(page);
  const qs = examQuestions(spec, 'F-9');
  for (let i = 0; i < qs.length; i++) await fillAnswer(page, page.locator(`#exam-q-${i + 1} fieldset`), qs[i], true);
  await expect(page.getByRole('alert').filter({ hasText: '存储空间不足' })).toBeVisible();
  await expect(page.getByText(`已答 ${qs.length} / ${qs.length}`).first()).toBeVisible();
  const code = await handIn(page);
  const d = decodeResult(code);
  expect(d.ok && Object.keys(d.value.answers).sort()).toEqual(qs.map((q) => q.id).sort());
  await expect(page.getByRole('status').filter({ hasText: '孙满存' })).toContainText('100');
  await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('filler-'))
      .forEach((k) => localStorage.removeItem(k)),
  );
});

test('correcting a phone clock that ran two hours slow does not hand the exam in: time used counts, and the trainer sees the change', async ({ browser }) => {
  const ctx = await browser.newContext();
  const trainer = await ctx.newPage();
  const { link, spec } = await buildExam(trainer, 3, 10);
  const page = await ctx.newPage();
  await page.clock.install({ time: T0 - 2 * 3_600_000 });
  await startExam(page, link, '周慢钟', 'S-2');
  await page.clock.runFor(30_000);
  // the phone syncs its clock: two hours forward at once
  await page.clock.setSystemTime(T0 + 30_000);
  await page.clock.runFor(2_000);
  await expect(page.getByText('手机时间被调快过')).toBeVisible();
  await expect(page.locator('[data-result-code]')).toHaveCount(0);
  const left = (await page.getByRole('timer').textContent())!.split(':').map(Number);
  expect(left[0] * 60 + left[1]).toBeGreaterThan(9 * 60);
  const qs = examQuestions(spec, 'S-2');
  for (let i = 0; i < qs.length; i++) await fillAnswer(page, page.locator(`#exam-q-${i + 1} fieldset`), qs[i], true);
  const code = await handIn(page);
  const d = decodeResult(code);
  expect(d.ok && d.value.clockJumped).toBe(true);
  expect(d.ok && d.value.submittedAt - d.value.startedAt).toBeLessThan(5 * 60_000);
  await trainer.goto('/assess/console/');
  await hydrated(trainer);
  await importCodes(trainer, code);
  await expect(trainer.locator('[data-note]')).toHaveText('考试中手机时间被调快');
  await expect(trainer.locator('[data-results]')).toContainText('周慢钟');
});

test('storage filling up during an incident run keeps every step tapped, not just the last', async ({ page }) => {
  await page.goto('/emergency/lift-entrapment/run/');
  await hydrated(page);
  await page.getByRole('button', { name: '开始处置（接报时间：现在）' }).click();
  await expect(page).toHaveURL(/\?run=i-/);
  await fillStorage(page);
  for (const id of ['comfort', 'notify-maintainer', 'guard']) {
    await page.locator(`[data-step="${id}"] .step-tap`).click();
    await expect(page.locator(`[data-step="${id}"]`)).toHaveClass(/is-done/);
  }
  await expect(page.locator('.run-step.is-done')).toHaveCount(3);
  await expect(page.getByRole('alert').filter({ hasText: '存储空间不足' })).toBeVisible();
  await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('filler-'))
      .forEach((k) => localStorage.removeItem(k)),
  );
});

test('a signing key pasted with a forged result passes nothing: the key is left out and the result refused; a colleague\u2019s key trusted on purpose works', async ({ browser }) => {
  // what a hostile trainee can do alone: make a key, sign a one-question exam with pass mark 0
  const key = newSigningKey();
  const spec = { id: 'custom-forged', title: '保洁员上岗考核', banks: ['cleaning'], tags: [], count: 1, minutes: 10, pass: 0, seed: 'x', shuffle: false };
  const questions = drawQuestions(spec, bankQuestions('cleaning'));
  const code = encodeResult({
    v: 1,
    spec,
    hash: examHash(spec, questions),
    name: '钱伪造',
    number: 'F-1',
    answers: {},
    startedAt: T0,
    submittedAt: T0 + 60_000,
    sig: await signSpec(spec, key),
    skipped: questions.map((q) => q.id),
  });
  const trainer = await (await browser.newContext()).newPage();
  await trainer.goto('/assess/console/');
  await hydrated(trainer);
  await importCodes(trainer, `WYKEY.${key}\n${code}`);
  await expect(trainer.locator('[data-keys-ignored]')).toContainText('1 个出卷密钥，没有随结果导入');
  await expect(trainer.locator('.rejected')).toContainText('签名对不上');
  await expect(trainer.locator('[data-results]')).toHaveCount(0);
  // trusting the key is a separate act, with whose it is; then the same result counts
  await trainer.locator('summary', { hasText: '同事的出卷密钥' }).click();
  await trainer.getByLabel(/同事的出卷密钥（以 WYKEY/).fill(`WYKEY.${key}`);
  await trainer.getByLabel('这是谁的密钥').fill('李培训师');
  await trainer.getByRole('button', { name: '信任这个密钥' }).click();
  await expect(trainer.locator('[data-trusted-keys]')).toContainText('李培训师');
  await importCodes(trainer, code);
  await expect(trainer.locator('[data-results] tbody tr')).toHaveCount(1);
});

test('a pasted note past the record\u2019s limit says what was not kept', async ({ page }) => {
  await page.goto('/emergency/lift-entrapment/run/');
  await hydrated(page);
  await page.getByRole('button', { name: '开始处置（接报时间：现在）' }).click();
  await expect(page).toHaveURL(/\?run=i-/);
  const note = page.getByLabel('现场记录（随手记）');
  await note.fill('一'.repeat(6000));
  await expect(page.getByText('现场记录最多 5000 字，多出的没有记下')).toBeVisible();
  await expect(note).toHaveValue('一'.repeat(5000));
});
