import { expect, test, type Browser, type Page } from '@playwright/test';
import { buildExam, examQuestions, handIn, importCodes, startExam } from './examDriver';
import { axe, hydrated } from './helpers';
import { fillAnswer } from './quizDriver';

/** One trainee on a phone of their own, every answer right; the result code. */
async function sit(browser: Browser, link: string, spec: Parameters<typeof examQuestions>[0], name: string, number: string) {
  const page = await (await browser.newContext()).newPage();
  await startExam(page, link, name, number);
  const qs = examQuestions(spec, number);
  for (let i = 0; i < qs.length; i++) await fillAnswer(page, page.locator(`#exam-q-${i + 1} fieldset`), qs[i], true);
  return handIn(page);
}

async function openConsole(page: Page) {
  await page.goto('/assess/console/');
  await hydrated(page);
}

test('a console moved to a fresh browser accepts results of exams built in the first; the refusal before says why and links to the move', async ({ browser }) => {
  test.setTimeout(120_000);
  const first = await (await browser.newContext()).newPage();
  const { link, spec } = await buildExam(first, 3);
  const early = await sit(browser, link, spec, '韩管家', 'M-1');
  const late = await sit(browser, link, spec, '杨管家', 'M-2');
  await openConsole(first);
  await importCodes(first, early);
  await expect(first.locator('[data-results] tbody tr')).toHaveCount(1);

  // A fresh browser refuses the exam's results, says exactly why, and points at the move.
  const second = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await openConsole(second);
  await importCodes(second, late);
  const refusal = second.locator('.rejected li');
  await expect(refusal).toContainText('签名对不上');
  await expect(refusal).toContainText('「搬走考核台」');
  await refusal.getByRole('link', { name: '去搬考核台' }).click();
  await expect(second.locator('#move-console')).toHaveAttribute('open', '');
  await expect(second.getByText('导入考核台文件', { exact: true })).toBeVisible();

  // The first console leaves as one file ...
  await first.locator('summary', { hasText: '换电脑' }).click();
  const download = first.waitForEvent('download');
  await first.getByRole('button', { name: '导出整个考核台（文件）' }).click();
  const file = await (await download).path();
  // ... and comes into the second, merged
  await second.locator('[data-move-file]').setInputFiles(file);
  await expect(second.locator('[data-move-said]')).toContainText('已搬来：出卷密钥 1 个，新成绩 1 份');
  await expect(second.locator('[data-results] tbody tr').filter({ hasText: 'M-1' })).toContainText('通过');
  await importCodes(second, late);
  await expect(second.getByRole('status').filter({ hasText: '新增 1 份' })).toBeVisible();
  await expect(second.locator('[data-results] tbody tr')).toHaveCount(2);
  await expect(second.locator('[data-results] tbody tr').filter({ hasText: 'M-2' }).locator('[data-score]')).toHaveText('100');

  // The same file again changes nothing: no result counted twice.
  await second.locator('[data-move-file]').setInputFiles(file);
  await expect(second.locator('[data-move-said]')).toContainText('出卷密钥 0 个，新成绩 0 份');
  await expect(second.locator('[data-results] tbody tr')).toHaveCount(2);
  // A fresh console took the moved key as its own: an exam built here is accepted back on the first.
  await second.reload();
  await hydrated(second);
  await expect(second.locator('[data-results] tbody tr')).toHaveCount(2);
  const { link: link2, spec: spec2 } = await buildExam(second, 2);
  const third = await sit(browser, link2, spec2, '秦管家', 'M-3');
  await openConsole(first);
  await importCodes(first, third);
  await expect(first.getByRole('status').filter({ hasText: '新增 1 份' })).toBeVisible();
});

test('the signing key alone moves by its QR code: a console that reads it accepts the first one’s exams', async ({ browser }) => {
  test.setTimeout(90_000);
  const first = await (await browser.newContext()).newPage();
  const { link, spec } = await buildExam(first, 2);
  const code = await sit(browser, link, spec, '许保安', 'Q-1');
  await openConsole(first);
  await first.locator('summary', { hasText: '换电脑' }).click();
  await first.getByRole('button', { name: '只搬出卷密钥（文字或二维码）' }).click();
  await expect(first.locator('[data-own-key]')).toHaveValue(/^WYKEY\.[A-Za-z0-9_-]{43}$/);
  const photo = await first.getByRole('img', { name: '本机出卷密钥二维码' }).screenshot();
  // the move panel: labelled, readable in light and dark, nothing sideways at 320 px in 大字
  for (const colorScheme of ['light', 'dark'] as const) {
    await first.emulateMedia({ colorScheme });
    expect(await axe(first, '#move-console'), colorScheme).toEqual([]);
  }
  await first.setViewportSize({ width: 320, height: 700 });
  await first.evaluate(() => document.documentElement.classList.add('large-text'));
  expect(await first.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(1);

  const other = await (await browser.newContext()).newPage();
  await openConsole(other);
  await other.locator('summary', { hasText: '换电脑' }).click();
  await other.getByText('从密钥二维码照片识别').locator('input').setInputFiles({ name: '密钥.png', mimeType: 'image/png', buffer: photo });
  await expect(other.locator('[data-move-said]')).toContainText('出卷密钥 1 个');
  await importCodes(other, code);
  await expect(other.getByRole('status').filter({ hasText: '新增 1 份' })).toBeVisible();
});
