import { expect, test } from '@playwright/test';
import { answer, loadBank } from './quizDriver';
import { gzipBytes, pageScripts } from './jsCost';
import { readFileSync } from 'node:fs';
import { hydrated } from './helpers';

const BANK = 'cleaning';

test('quiz progress and the wrong-answer book survive a reload', async ({ page }) => {
  const qs = loadBank(BANK);
  await page.goto(`/train/quiz/${BANK}/`);
  await hydrated(page);
  await page.getByRole('button', { name: /从头练习/ }).click();
  await answer(page, qs[0], false);
  await expect(page.getByText('标准答案：')).toBeVisible();
  await expect(page.getByRole('link', { name: '查看手册' })).toHaveAttribute('href', /^\/(handbook|emergency|roles|day)\//);
  await page.getByRole('button', { name: '下一题' }).click();
  await answer(page, qs[1], true);

  await page.reload();

  await hydrated(page);
  await expect(page.locator('[data-stat=answered]')).toHaveText('2');
  await expect(page.locator('[data-stat=wrong]')).toHaveText('1');
  await page.getByText(/^错题本（1）/).click();
  await expect(page.locator('.wrong-book li')).toContainText(qs[0].prompt);

  // Retrying the miss correctly takes it out of the book.
  await page.getByRole('button', { name: /重做错题（1 题）/ }).click();
  await answer(page, qs[0], true);
  await page.getByRole('button', { name: '看成绩' }).click();
  await expect(page.locator('.score')).toHaveText('答对 1 / 1 题，100 分');
  await page.getByRole('button', { name: /回到/ }).click();
  await expect(page.locator('[data-stat=wrong]')).toHaveText('0');
});

test('a checklist keeps today\u2019s ticks, and the next day starts clean with yesterday in history', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-25T10:00:00') });
  await page.goto('/train/checklist/cleaning-daily/');
  await hydrated(page);
  await expect(page.getByRole('heading', { name: /今天/ })).toContainText('2026-11-25');
  const boxes = page.locator('.check-items input[type=checkbox]');
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await page.locator('.check-items input[type=text]').first().fill('东门有烟头，已清');
  await page.locator('.check-items input[type=text]').first().blur();
  await expect(page.locator('[data-stat=done]')).toHaveText('2');
  await page.reload();
  await hydrated(page);
  await expect(page.locator('[data-stat=done]')).toHaveText('2');
  await expect(page.locator('.check-items input[type=text]').first()).toHaveValue('东门有烟头，已清');

  await page.clock.setSystemTime(new Date('2026-11-26T07:30:00'));
  await page.reload();
  await hydrated(page);
  await expect(page.getByRole('heading', { name: /今天/ })).toContainText('2026-11-26');
  await expect(page.locator('[data-stat=done]')).toHaveText('0');
  const history = page.locator('[data-history] tbody tr');
  await expect(history).toHaveCount(1);
  await expect(history.first()).toContainText('2026-11-25');
  await expect(history.first()).toContainText(/2 \/ \d+/);
});

test('saving a run records who did it and the supervisor sign-off', async ({ page }) => {
  await page.goto('/train/checklist/patrol-shift/');
  await hydrated(page);
  await page.locator('.check-items input[type=checkbox]').first().check();
  await page.getByLabel('执行人').fill('王保安');
  await page.getByLabel('主管姓名').fill('李班长');
  await page.getByRole('button', { name: '保存本次记录' }).click();
  const row = page.locator('[data-history] tbody tr').first();
  await expect(row).toContainText('王保安');
  await expect(row).toContainText('李班长');
  await expect(page.locator('[data-stat=done]')).toHaveText('0');
});

test('a corrupt stored value is set aside, the page still works and says so', async ({ page }) => {
  await page.goto(`/train/quiz/${BANK}/`);
  await hydrated(page);
  await page.evaluate(() => localStorage.setItem('wuye:v1:progress', '{"quiz": [broken'));
  await page.reload();
  await hydrated(page);
  await expect(page.getByRole('alert')).toContainText('学习进度');
  await expect(page.getByRole('alert')).toContainText('已损坏');
  await expect(page.locator('[data-stat=answered]')).toHaveText('0');
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('wuye:quarantine:progress:')).map((k) => localStorage.getItem(k)));
  expect(kept).toEqual(['{"quiz": [broken']);
  // and it still records new answers
  await page.getByRole('button', { name: /从头练习/ }).click();
  await answer(page, loadBank(BANK)[0], true);
  await page.reload();
  await hydrated(page);
  await expect(page.locator('[data-stat=answered]')).toHaveText('1');
});

test('two tabs stay in sync', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('/train/checklist/gate-post-shift/');
  await hydrated(a);
  await b.goto('/train/checklist/gate-post-shift/');
  await hydrated(b);
  await expect(b.locator('[data-stat=done]')).toHaveText('0');
  await a.locator('.check-items input[type=checkbox]').first().check();
  await expect(b.locator('[data-stat=done]')).toHaveText('1');
  await expect(b.locator('.check-items input[type=checkbox]').first()).toBeChecked();
});

test('export to a file and import it back merges into another phone\u2019s records', async ({ browser }) => {
  const phoneA = await browser.newContext();
  const a = await phoneA.newPage();
  await a.goto(`/train/quiz/${BANK}/`);
  await hydrated(a);
  await a.getByRole('button', { name: /从头练习/ }).click();
  await answer(a, loadBank(BANK)[0], false);
  await a.goto('/me/');
  await hydrated(a);
  const download = a.waitForEvent('download');
  await a.getByRole('button', { name: '导出备份文件' }).click();
  const file = await (await download).path();

  const phoneB = await browser.newContext();
  const b = await phoneB.newPage();
  await b.goto('/train/checklist/gate-post-shift/');
  await hydrated(b);
  await b.locator('.check-items input[type=checkbox]').first().check();
  await b.getByLabel('执行人').fill('赵门岗');
  await b.getByRole('button', { name: '保存本次记录' }).click();
  await b.goto('/me/');
  await hydrated(b);
  await b.locator('input[type=file]').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: readFileSync(file) });
  await expect(b.getByRole('status').filter({ hasText: '已合并导入' })).toBeVisible();
  await expect(b.locator('.my-data')).toContainText('赵门岗');
  await expect(b.locator('#me-wrong + ul')).toContainText('1 题');

  await b.locator('input[type=file]').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('这不是备份') });
  await expect(b.getByRole('status').filter({ hasText: '没有导入任何内容' })).toContainText('不是本站导出的备份');
  await expect(b.locator('.my-data')).toContainText('赵门岗');
  await phoneA.close();
  await phoneB.close();
});

test('reset asks for confirmation before clearing', async ({ page }) => {
  await page.goto('/train/checklist/gate-post-shift/');
  await hydrated(page);
  await page.locator('.check-items input[type=checkbox]').first().check();
  await page.getByLabel('执行人').fill('钱');
  await page.getByRole('button', { name: '保存本次记录' }).click();
  await page.goto('/me/');
  await hydrated(page);
  await page.getByRole('button', { name: '清空本机记录…' }).click();
  await page.getByRole('button', { name: '取消' }).click();
  await expect(page.locator('.my-data')).toContainText('钱');
  await page.getByRole('button', { name: '清空本机记录…' }).click();
  await page.getByRole('button', { name: '确定清空' }).click();
  await expect(page.locator('.my-data')).toContainText('还没有记录');
});

test('flashcards: rating a card moves it out of today\u2019s queue and counts it learned', async ({ page }) => {
  await page.goto('/train/cards/');
  await hydrated(page);
  await page.getByLabel('岗位').selectOption({ index: 0 });
  const newCount = Number(await page.locator('[data-stat=new]').textContent());
  expect(newCount).toBeGreaterThan(0);
  const front = await page.locator('.card .front').textContent();
  await page.getByRole('button', { name: '显示答案' }).click();
  await page.getByRole('button', { name: /^简单/ }).click();
  await expect(page.locator('[data-stat=new]')).toHaveText(String(newCount - 1));
  await expect(page.locator('[data-stat=learned]')).toHaveText('1');
  await expect(page.locator('.card .front')).not.toHaveText(front!);
  await page.reload();
  await hydrated(page);
  await expect(page.locator('[data-stat=learned]')).toHaveText('1');
});

test('a role page shows its learning path with completion, and home offers 继续学习', async ({ page }) => {
  await page.goto('/roles/cleaner/');
  await hydrated(page);
  const path = page.locator('#path');
  await path.scrollIntoViewIfNeeded();
  await expect(path.locator('astro-island')).not.toHaveAttribute('ssr');
  await expect(path.getByText('完成 0%')).toBeVisible();
  await path.getByRole('button', { name: '我读完了' }).first().click();
  await expect(path.getByText(/完成 [1-9]\d?%/)).toBeVisible();
  await path.getByRole('button', { name: '设为我的岗位' }).click();
  await page.goto('/');
  await hydrated(page);
  await expect(page.getByRole('link', { name: /^继续学习：/ })).toBeVisible();
  await expect(page.locator('[data-my-role]')).toContainText('保洁员');
});

test('the quiz page ships at most 25 KB of gzipped JavaScript', () => {
  // Everything the quiz page loads when its islands hydrate; the header search island is
  // client:focus and loads only when search is used, so it has its own budget below.
  const all = pageScripts(`train/quiz/${BANK}`);
  const search = new Set(pageScripts('handbook/service/request-flow'));
  const quizOnly = all.filter((u) => !search.has(u) || !/SearchBox|useSearch/.test(u));
  expect(gzipBytes(quizOnly)).toBeLessThanOrEqual(25 * 1024);
  expect(gzipBytes(all.filter((u) => /SearchBox|useSearch/.test(u)))).toBeLessThanOrEqual(6 * 1024);
});
