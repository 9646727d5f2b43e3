/**
 * Smaller defects a duty manager and a guard found walking the site on a 390 px phone (issue 21):
 * read-aloud, wall cards, quiz feedback, the header in 大字, device wording, the daily new-card
 * limit, 我的's order and file names dated by the local day.
 */
import { expect, test } from '@playwright/test';
import { buildExam, examQuestions, handIn, importCodes, startExam } from './examDriver';
import { fillAnswer } from './quizDriver';
import { hydrated } from './helpers';

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
