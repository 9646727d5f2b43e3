import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { drawQuestions } from '../../src/lib/exam/assemble';
import { certificateSerial, chinaDateText } from '../../src/lib/exam/certificate';
import { resultKey } from '../../src/lib/exam/console';
import { decodeResult } from '../../src/lib/exam/result-code';
import { encodeSpec, type ExamSpec } from '../../src/lib/exam/spec';
import { bankQuestions, buildExam, examQuestions, handIn, importCodes, localPath, specOf, startExam } from './examDriver';
import { axe, hydrated } from './helpers';
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

/** Lines each text cell of `selector` is laid out on. */
const lineCounts = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((cells) =>
    cells.map((el) => {
      const r = document.createRange();
      r.selectNodeContents(el);
      return new Set([...r.getClientRects()].filter((x) => x.width > 0).map((x) => Math.round(x.top))).size;
    }),
  );
const sidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('the console keeps numbers whole at 1280 and 390 px, and a row opens that trainee’s answer sheet by mouse or keyboard', async ({ browser }) => {
  test.setTimeout(120_000);
  const ctx = await browser.newContext();
  const trainer = await ctx.newPage();
  const { link, spec } = await buildExam(trainer, 5);
  const trainee = await ctx.newPage();
  await startExam(trainee, link, '郑管家', 'S-2048');
  const qs = examQuestions(spec, 'S-2048');
  for (let i = 0; i < 5; i++) await fillAnswer(trainee, trainee.locator(`#exam-q-${i + 1} fieldset`), qs[i], i < 3);
  const code = await handIn(trainee);

  await trainer.setViewportSize({ width: 1280, height: 900 });
  await trainer.goto('/assess/console/');
  await hydrated(trainer);
  await importCodes(trainer, code);
  await expect(trainer.locator('[data-items] tbody tr')).toHaveCount(5);
  // every number sits on one line: no 「10/0%」 or 「-1./00」
  const numbers = await lineCounts(trainer, '[data-items] td.num, [data-results] td.num');
  expect(numbers.length).toBeGreaterThanOrEqual(13);
  expect(
    numbers.every((n) => n === 1),
    numbers.join(),
  ).toBe(true);
  expect(await sidewaysScroll(trainer)).toBeLessThanOrEqual(1);

  // A click anywhere on the row opens the sheet: each question, the answer, the key, right or wrong.
  const row = trainer.locator('[data-results] tbody tr').filter({ hasText: 'S-2048' });
  await row.getByText('S-2048').click();
  const sheet = trainer.getByRole('dialog', { name: '郑管家（S-2048）的答卷' });
  await expect(sheet).toBeVisible();
  await expect(sheet.locator('[data-sheet-line]')).toHaveCount(5);
  await expect(sheet.locator('[data-sheet-line].right')).toHaveCount(3);
  await expect(sheet.locator('[data-sheet-line].wrong')).toHaveCount(2);
  await expect(sheet.locator('[data-sheet-line]').first()).toContainText(qs[0].prompt);
  await expect(sheet.locator('[data-sheet-line]').first()).toContainText('✓ 对');
  await expect(sheet.locator('[data-sheet-line]').last()).toContainText('✗ 错');
  const first = sheet.locator('[data-sheet-line]').first();
  expect(await first.locator('[data-given] li').allTextContents()).toEqual(await first.locator('[data-key] li').allTextContents());
  await trainer.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  const name = row.getByRole('button', { name: /郑管家/ });
  await expect(name).toBeFocused();
  // by keyboard alone
  await trainer.keyboard.press('Enter');
  await expect(sheet).toBeVisible();
  await sheet.getByRole('button', { name: '关闭' }).click();
  await expect(sheet).toBeHidden();

  // On a 390 px phone the tables become labelled cards and nothing scrolls sideways.
  await trainer.setViewportSize({ width: 390, height: 844 });
  await expect(trainer.locator('[data-items] tbody td.num').first()).toHaveCSS('display', 'block');
  await expect(trainer.locator('[data-results] tbody td[data-label="分数"]')).toHaveCount(1);
  expect((await lineCounts(trainer, '[data-items] td.num')).every((n) => n === 1)).toBe(true);
  expect(await sidewaysScroll(trainer)).toBeLessThanOrEqual(1);
  await trainer.getByLabel('排序').selectOption({ label: '分数（从低到高）' });
  await row.getByText('S-2048').click();
  await expect(sheet).toBeVisible();
  const box = (await sheet.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
});

test('a preset card makes a signed link and QR code for its exam, fills the builder, and leaves taking it as the secondary link', async ({ page }) => {
  await page.goto('/assess/');
  await hydrated(page);
  const card = page.locator('[data-preset]').first();
  const preset = specOf((await card.locator('a[data-preset-try]').getAttribute('href'))!);
  await card.getByRole('button', { name: `出这套卷：${preset.title}` }).click();
  await expect(page.getByRole('img', { name: '考试二维码' })).toBeVisible();
  await expect(page).toHaveURL(/\/assess\/$/);
  await expect(page.getByRole('heading', { name: `把这个发给考生：${preset.title}` })).toBeFocused();
  const link = await page.locator('[data-exam-link]').inputValue();
  expect(link).toMatch(/[?&]sig=[A-Za-z0-9_-]+/);
  expect(specOf(link)).toEqual(preset);
  await expect(page.getByLabel('考试名称')).toHaveValue(preset.title);
  await expect(page.getByLabel('题数')).toHaveValue(String(preset.count));
  await expect(page.getByLabel('及格分')).toHaveValue(String(preset.pass));
  await expect(card.getByRole('link', { name: `自己先试一遍：${preset.title}` })).toHaveAttribute('href', /\/assess\/take\/\?exam=/);
});

test('「自己出一套」 starts blank; picking 秩序维护员 sets that post\u2019s banks and tags, says so before the link, and the exam draws only security questions', async ({ page }) => {
  await page.goto('/assess/');
  await hydrated(page);
  const security = specOf((await page.locator('[data-preset="security-onboarding"] a[data-preset-try]').getAttribute('href'))!);
  const builder = page.locator('form.builder');
  // nothing pre-filled: no steward banks, no title, the summary asks for a post first
  await expect(page.getByLabel('考试名称')).toHaveValue('');
  await expect(builder.locator('input[type=checkbox]:checked')).toHaveCount(0);
  await expect(page.locator('[data-draw-summary]')).toContainText('还没有选题库');
  await expect(page.getByRole('button', { name: '生成考试链接' })).toBeDisabled();

  await page.getByRole('combobox', { name: /^岗位/ }).selectOption('security');
  await expect(page.getByLabel('考试名称')).toHaveValue('秩序维护员考核');
  const banks = builder.locator('fieldset').filter({ hasText: '题库' }).first();
  const ticked = await banks.locator('label:has(input:checked)').allTextContents();
  expect(ticked).toHaveLength(security.banks.length);
  const tags = builder.locator('fieldset').filter({ hasText: '岗位标签' });
  expect(await tags.locator('label:has(input:checked)').allTextContents()).toEqual([expect.stringMatching(/^秩序维护员/)]);
  // the summary names every bank and the tag before anything is made
  const summary = page.locator('[data-draw-summary]');
  await expect(summary).toContainText(`从 ${security.banks.length} 个题库抽题`);
  for (const t of ticked) await expect(summary).toContainText(t.replace(/（\d+ 题）$/, ''));
  await expect(summary).toContainText('只抽标了「秩序维护员」的题');
  await expect(summary).toContainText(/符合条件的题共 \d+ 道，抽 20 道/);
  await expect(page.locator('[data-exam-link]')).toHaveCount(0);

  await page.getByRole('button', { name: '生成考试链接' }).click();
  const spec = specOf(await page.locator('[data-exam-link]').inputValue());
  expect(spec.role).toBe('security');
  expect([...spec.banks].sort()).toEqual([...security.banks].sort());
  expect(spec.tags).toEqual(['security']);
  const own = new Set(security.banks.flatMap(bankQuestions).map((q) => q.id));
  const drawn = examQuestions(spec, 'P-1');
  expect(drawn).toHaveLength(20);
  for (const q of drawn) {
    expect(q.tags, q.id).toContain('security');
    expect(own.has(q.id), q.id).toBe(true);
  }

  // the trainer can still adjust: one bank less is one bank less in the exam
  await banks.locator('label').filter({ hasText: ticked[0] }).locator('input').uncheck();
  await expect(summary).toContainText(`从 ${security.banks.length - 1} 个题库抽题`);
  await page.getByRole('button', { name: '生成考试链接' }).click();
  await expect.poll(async () => specOf(await page.locator('[data-exam-link]').inputValue()).banks.length).toBe(security.banks.length - 1);
});

test('while a sitting is open the site’s navigation and search are gone and leaving asks first; hand-in brings them back', async ({ browser }) => {
  const ctx = await browser.newContext();
  const { link } = await buildExam(await ctx.newPage(), 2);
  const page = await ctx.newPage();
  await page.goto(localPath(link));
  await hydrated(page);
  await expect(page.locator('.main-nav')).toBeVisible();
  await startExam(page, link, '冯秩序', 'P-21');
  await expect(page.locator('html')).toHaveClass(/exam-lock/);
  await expect(page.locator('.main-nav')).toBeHidden();
  await expect(page.locator('.site-header .search')).toBeHidden();
  // 应急 stays reachable: a real emergency outranks an exam
  await expect(page.locator('.sos')).toBeVisible();
  await expect(page.locator('.crumbs')).toBeHidden();
  expect(await page.locator('.topbar .brand').evaluate((el) => (el as HTMLElement).inert)).toBe(true);
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  const leavingAsks = () => page.evaluate(() => !window.dispatchEvent(new Event('beforeunload', { cancelable: true })));
  expect(await leavingAsks()).toBe(true);

  await handIn(page);
  await expect(page.locator('html')).not.toHaveClass(/exam-lock/);
  await expect(page.locator('.main-nav')).toBeVisible();
  expect(await page.locator('.topbar .brand').evaluate((el) => (el as HTMLElement).inert)).toBe(false);
  expect(await leavingAsks()).toBe(false);
});

test('an ordering question left as shown counts as answered, and the confirmation agrees with the counter and says so', async ({ page }) => {
  const bank = 'emergency-safety';
  const pool = bankQuestions(bank);
  const specFor = (seed: string): ExamSpec => ({ id: 'custom-order', title: '排序题交卷测试', banks: [bank], tags: [], count: 3, minutes: 10, pass: 60, seed, shuffle: false });
  const seed = Array.from({ length: 300 }, (_, i) => `order-${i}`).find((s) => drawQuestions(specFor(s), pool).filter((q) => q.type === 'order').length === 1)!;
  const spec = specFor(seed);
  await startExam(page, `/assess/take/?exam=${encodeSpec(spec)}`, '卫保洁', 'O-1');
  const qs = examQuestions(spec, 'O-1');
  const at = qs.findIndex((q) => q.type === 'order');
  const others = [0, 1, 2].filter((i) => i !== at);
  await fillAnswer(page, page.locator(`#exam-q-${others[0] + 1} fieldset`), qs[others[0]], true);

  const counter = page.locator('[data-answered]');
  await expect(counter).toHaveText('已答 2 / 3');
  await page.getByRole('button', { name: '交卷' }).click();
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toContainText('还有 1 题没答，确定交卷吗？');
  await expect(confirm).toContainText('已答 2 / 3');
  await expect(confirm).toContainText(`没答的：第 ${others[1] + 1} 题`);
  await expect(confirm.locator('[data-orders-as-shown]')).toHaveText(`1 道排序题没有调整过（第 ${at + 1} 题），会按现在显示的顺序交卷。`);
  await confirm.getByRole('button', { name: '继续答题' }).click();

  // Everything answered, the ordering question untouched: the counter says 3 / 3 and hand-in still says why it asks.
  await fillAnswer(page, page.locator(`#exam-q-${others[1] + 1} fieldset`), qs[others[1]], true);
  await expect(counter).toHaveText('已答 3 / 3');
  await page.getByRole('button', { name: '交卷' }).click();
  await expect(confirm).toContainText('确定交卷吗？');
  await expect(confirm).not.toContainText('没答');
  await expect(confirm).toContainText('已答 3 / 3');
  await expect(confirm.locator('[data-orders-as-shown]')).toContainText(`第 ${at + 1} 题`);
  await confirm.getByRole('button', { name: '确定交卷' }).click();
  await expect(page.locator('[data-result-code]')).toHaveValue(/^WY1\./);
});

test('a pass certificate names issuer, trainee, post, exam, score, date and a serial from the result, and prints alone on one A4 page', async ({ browser }) => {
  test.setTimeout(90_000);
  const ctx = await browser.newContext();
  const trainer = await ctx.newPage();
  const { link, spec } = await buildExam(trainer, 3);
  const trainee = await ctx.newPage();
  await startExam(trainee, link, '褚绿化', 'G-7');
  const qs = examQuestions(spec, 'G-7');
  for (let i = 0; i < 3; i++) await fillAnswer(trainee, trainee.locator(`#exam-q-${i + 1} fieldset`), qs[i], true);
  const code = await handIn(trainee);
  const d = decodeResult(code);
  if (!d.ok) throw new Error(d.error);

  await trainer.goto('/assess/console/');
  await hydrated(trainer);
  await importCodes(trainer, code);
  const row = trainer.locator('[data-results] tbody tr').filter({ hasText: 'G-7' });
  const role = (await row.locator('td[data-label="岗位"]').innerText()).trim();
  const issuer = (await trainer.locator('.site-footer p').first().innerText()).split(' · ')[0];
  await row.getByRole('button', { name: '打印证书' }).click();
  const cert = trainer.locator('[data-certificate]');
  await expect(cert.getByRole('heading', { name: '上岗考核合格证书' })).toBeFocused();
  await expect(cert).toContainText(issuer);
  for (const text of [
    '褚绿化',
    '工号 G-7',
    `岗位 ${role}`,
    `「${spec.title}」`,
    '成绩 100 分',
    `（${spec.pass} 分及格）`,
    chinaDateText(d.value.submittedAt),
    '培训主管（签字）',
    '项目负责人（签字）',
    '发证单位（盖章）',
  ])
    await expect(cert).toContainText(text);
  await expect(cert.locator('[data-serial]')).toHaveText(certificateSerial(resultKey(d.value), d.value.submittedAt));

  // Printing prints the certificate alone ...
  await trainer.emulateMedia({ media: 'print' });
  await expect(trainer.locator('h1')).toBeHidden();
  await expect(trainer.getByRole('button', { name: '返回考核台' })).toBeHidden();
  await expect(cert).toBeVisible();
  // (page.pdf prints with print media unless media is emulated: back to no emulation)
  await trainer.emulateMedia({ media: null });
  // ... on one A4 page, landscape as the certificate asks, or portrait or landscape as a printer is set
  const pages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
  expect(pages(await trainer.pdf({ preferCSSPageSize: true }))).toBe(1);
  expect(pages(await trainer.pdf({ format: 'A4' }))).toBe(1);
  expect(pages(await trainer.pdf({ format: 'A4', landscape: true }))).toBe(1);
  for (const colorScheme of ['light', 'dark'] as const) {
    await trainer.emulateMedia({ colorScheme });
    expect(await axe(trainer), `certificate, ${colorScheme}`).toEqual([]);
  }
  await trainer.setViewportSize({ width: 320, height: 700 });
  await trainer.evaluate(() => document.documentElement.classList.add('large-text'));
  expect(await sidewaysScroll(trainer)).toBeLessThanOrEqual(1);
  await trainer.getByRole('button', { name: '返回考核台' }).click();
  await expect(row.getByRole('button', { name: /褚绿化/ })).toBeFocused();
});

test('builder, paper, confirmation, console and answer sheet: no accessibility violations in light or dark, nothing sideways at 320 px in 大字', async ({ browser }) => {
  test.setTimeout(180_000);
  const ctx = await browser.newContext();
  const trainer = await ctx.newPage();
  const { link, spec } = await buildExam(trainer, 3);
  const trainee = await ctx.newPage();
  await startExam(trainee, link, '蒋客服', 'K-3');
  const qs = examQuestions(spec, 'K-3');
  await fillAnswer(trainee, trainee.locator('#exam-q-1 fieldset'), qs[0], true);
  await trainee.getByRole('button', { name: '交卷' }).click();
  await expect(trainee.getByRole('alertdialog')).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await trainee.emulateMedia({ colorScheme });
    expect(await axe(trainee), `paper, ${colorScheme}`).toEqual([]);
  }
  await trainee.getByRole('button', { name: '确定交卷' }).click();
  const code = await trainee.locator('[data-result-code]').inputValue();

  await trainer
    .getByRole('button', { name: /^出这套卷/ })
    .first()
    .click();
  await expect(trainer.locator('[data-exam-link]')).toBeVisible();
  await trainer.goto('/assess/console/');
  await hydrated(trainer);
  await importCodes(trainer, code);
  const row = trainer.locator('[data-results] tbody tr').first();
  for (const colorScheme of ['light', 'dark'] as const) {
    await trainer.emulateMedia({ colorScheme });
    expect(await axe(trainer), `console, ${colorScheme}`).toEqual([]);
    await row.getByRole('button', { name: /蒋客服/ }).click();
    await expect(trainer.getByRole('dialog')).toBeVisible();
    expect(await axe(trainer), `answer sheet, ${colorScheme}`).toEqual([]);
    await trainer.keyboard.press('Escape');
  }

  // 320 px and 大字: every screen of the flow stays within the width
  for (const page of [trainer, trainee]) await page.setViewportSize({ width: 320, height: 700 });
  const large = (page: Page) => page.evaluate(() => document.documentElement.classList.add('large-text'));
  await large(trainee);
  expect(await sidewaysScroll(trainee), 'result').toBeLessThanOrEqual(1);
  await trainee.getByRole('button', { name: '下一位考生用这台设备考试' }).click();
  expect(await sidewaysScroll(trainee), 'start').toBeLessThanOrEqual(1);
  await trainee.getByLabel('姓名').fill('沈保洁');
  await trainee.getByLabel('工号').fill('K-4');
  await trainee.getByRole('button', { name: '开始考试' }).click();
  await trainee.getByRole('button', { name: '交卷' }).click();
  await expect(trainee.getByRole('alertdialog')).toBeVisible();
  expect(await sidewaysScroll(trainee), 'paper').toBeLessThanOrEqual(1);

  await large(trainer);
  expect(await sidewaysScroll(trainer), 'console').toBeLessThanOrEqual(1);
  await row.getByRole('button', { name: /蒋客服/ }).click();
  const box = (await trainer.getByRole('dialog').boundingBox())!;
  expect(box.x + box.width, 'answer sheet').toBeLessThanOrEqual(320);
  await trainer.keyboard.press('Escape');
  await trainer.goto('/assess/');
  await hydrated(trainer);
  await large(trainer);
  await trainer
    .getByRole('button', { name: /^出这套卷/ })
    .first()
    .click();
  await expect(trainer.getByRole('img', { name: '考试二维码' })).toBeVisible();
  expect(await sidewaysScroll(trainer), 'builder').toBeLessThanOrEqual(1);
});
