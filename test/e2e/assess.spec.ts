import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { buildExam, examQuestions, startExam } from './examDriver';
import { hydrated } from './helpers';
import { fillAnswer } from './quizDriver';

test('trainer builds an exam, a trainee takes it on a phone, the console re-scores it and exports CSV', async ({ browser }) => {
  test.setTimeout(90_000);
  const trainer = await (await browser.newContext()).newPage();
  const trainee = await (await browser.newContext()).newPage();
  const { link, spec } = await buildExam(trainer, 5);
  expect(spec.count).toBe(5);

  await startExam(trainee, link, '刘管家', 'S-1024');
  const qs = examQuestions(spec, 'S-1024');
  const item = (i: number) => trainee.locator(`#exam-q-${i + 1} fieldset`);
  await fillAnswer(trainee, item(0), qs[0], true);
  await fillAnswer(trainee, item(1), qs[1], true);
  // An ordering question counts as answered in the order it is shown (and says so).
  const shownOrders = qs.slice(2).filter((q) => q.type === 'order').length;
  await expect(trainee.getByText(`已答 ${2 + shownOrders} / 5`)).toBeVisible();
  // No feedback before submission.
  await expect(trainee.locator('.feedback')).toHaveCount(0);

  await trainee.reload();
  await hydrated(trainee);
  await expect(trainee.getByText(`已答 ${2 + shownOrders} / 5`)).toBeVisible();
  await fillAnswer(trainee, item(2), qs[2], true);
  await fillAnswer(trainee, item(3), qs[3], false);
  await fillAnswer(trainee, item(4), qs[4], false);
  await trainee.getByRole('button', { name: '交卷' }).click();
  if (await trainee.getByRole('button', { name: '确定交卷' }).isVisible()) await trainee.getByRole('button', { name: '确定交卷' }).click();
  await expect(trainee.getByRole('status').filter({ hasText: '刘管家' })).toContainText('60 分');
  await expect(trainee.getByRole('img', { name: '考试结果二维码' })).toBeVisible();
  const code = await trainee.locator('[data-result-code]').inputValue();
  expect(code).toMatch(/^WY1\./);

  await trainer.goto('/assess/console/');
  await hydrated(trainer);
  await trainer.getByLabel(/粘贴结果码/).fill(`刘管家的结果：\n${code}\n`);
  await trainer.getByRole('button', { name: '导入', exact: true }).click();
  await expect(trainer.getByRole('status').filter({ hasText: '新增 1 份' })).toBeVisible();
  const row = trainer.locator('[data-results] tbody tr').filter({ hasText: 'S-1024' });
  await expect(row).toContainText('刘管家');
  await expect(row.locator('[data-score]')).toHaveText('60');
  await expect(row).toContainText('未通过');
  await expect(trainer.locator('[data-items] tbody tr')).toHaveCount(5);

  // The same code again is merged, not counted twice; a tampered one is refused with a reason.
  await trainer.getByLabel(/粘贴结果码/).fill(code);
  await trainer.getByRole('button', { name: '导入', exact: true }).click();
  await expect(trainer.getByRole('status').filter({ hasText: '重复 1 份已合并' })).toBeVisible();
  const tampered = code.slice(0, 30) + (code[30] === 'A' ? 'B' : 'A') + code.slice(31);
  await trainer.getByLabel(/粘贴结果码/).fill(tampered);
  await trainer.getByRole('button', { name: '导入', exact: true }).click();
  await expect(trainer.getByRole('status')).toContainText('校验不通过');
  await expect(trainer.locator('[data-results] tbody tr')).toHaveCount(1);

  const download = trainer.waitForEvent('download');
  await trainer.getByRole('button', { name: '导出 CSV（Excel）' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain('姓名,工号,岗位,考试,分数');
  expect(csv).toMatch(/刘管家,S-1024,[^,]*,[^,]+,60,3,5,未通过/);

  // The console keeps its data across a reload.
  await trainer.reload();
  await hydrated(trainer);
  await expect(trainer.locator('[data-results] tbody tr')).toHaveCount(1);
});

test('an exam submits itself when time runs out', async ({ browser }) => {
  const ctx = await browser.newContext();
  const trainer = await ctx.newPage();
  const { link } = await buildExam(trainer, 3, 1);
  const page = await ctx.newPage();
  await page.clock.install();
  await startExam(page, link, '周秩序', 'P-9');
  await page.clock.fastForward('01:05');
  await expect(page.getByRole('status').filter({ hasText: '周秩序' })).toContainText('0 分');
  await expect(page.locator('[data-result-code]')).toHaveValue(/^WY1\./);
});

test('a broken exam link explains itself in Chinese', async ({ page }) => {
  await page.goto('/assess/take/?exam=abc');
  await expect(page.getByRole('alert')).toContainText('考试链接');
});

test('the console reads a result from a photo of its QR code and prints a certificate for a pass', async ({ browser }) => {
  test.setTimeout(90_000);
  const trainer = await (await browser.newContext()).newPage();
  const trainee = await (await browser.newContext()).newPage();
  const { link, spec } = await buildExam(trainer, 3);
  await startExam(trainee, link, '吴保洁', 'C-77');
  const qs = examQuestions(spec, 'C-77');
  for (let i = 0; i < 3; i++) await fillAnswer(trainee, trainee.locator(`#exam-q-${i + 1} fieldset`), qs[i], true);
  await trainee.getByRole('button', { name: '交卷' }).click();
  await expect(trainee.getByRole('status').filter({ hasText: '吴保洁' })).toContainText('100 分');
  const photo = await trainee.getByRole('img', { name: '考试结果二维码' }).screenshot();

  await trainer.goto('/assess/console/');
  await hydrated(trainer);
  await trainer.locator('input[type=file]').setInputFiles({ name: '结果二维码.png', mimeType: 'image/png', buffer: photo });
  await expect(trainer.getByRole('status').filter({ hasText: '新增 1 份' })).toBeVisible();
  const row = trainer.locator('[data-results] tbody tr').filter({ hasText: 'C-77' });
  await expect(row.locator('[data-score]')).toHaveText('100');
  await row.getByRole('button', { name: '打印证书' }).click();
  const cert = trainer.locator('[data-certificate]');
  await expect(cert).toContainText('吴保洁');
  await expect(cert).toContainText('100 分');
  await expect(cert).toContainText(spec.title);
  await trainer.getByRole('button', { name: '返回考核台' }).click();
  await expect(trainer.locator('[data-results] tbody tr')).toHaveCount(1);
});
