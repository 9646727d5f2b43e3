import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { drawQuestions, examHash } from '../../src/lib/exam/assemble';
import { encodeResult } from '../../src/lib/exam/result-code';
import type { ExamSpec } from '../../src/lib/exam/spec';
import type { Question, Response } from '../../src/lib/quiz/types';
import { FORMULA_NAME, people, PROJECTS } from '../fixtures/roster/make-rosters.mjs';
import { makeCodes } from '../../scripts/bench-console.mjs';
import { PEOPLE, RESULTS, rosterCsv } from '../../scripts/bench-roster.mjs';
import { bankQuestions, importCodes, specOf } from './examDriver';
import { axe, hydrated } from './helpers';

const FIXTURES = 'test/fixtures/roster';
const NOW = new Date('2026-12-01T10:00:00+08:00');

/** A published exam exactly as the console verifies it (src/data/training.ts getPresetExams). */
function preset(id: string): ExamSpec {
  const e = parse(readFileSync(`content/exams/${id}.yaml`, 'utf8'));
  return { id, title: e.title, banks: e.banks, tags: e.tags ?? [], count: e.count, minutes: e.minutes, pass: e.pass, seed: String(e.seed), shuffle: false, role: e.role };
}
function right(q: Question): Response {
  switch (q.type) {
    case 'single':
    case 'scenario':
      return { type: q.type, choice: q.answer };
    case 'multiple':
      return { type: 'multiple', choices: q.answer };
    case 'truefalse':
      return { type: 'truefalse', value: q.answer };
    case 'number':
      return { type: 'number', text: String(q.answer) };
    case 'order':
      return { type: 'order', order: q.items.map((_, k) => k) };
    case 'match':
      return { type: 'match', pairs: q.pairs.map((_, k) => k) };
  }
}
const drawn = new Map<string, { spec: ExamSpec; qs: Question[] }>();
/** A trainee's result code for their post's published exam: every answer right, or none given. */
function resultCode(role: string, name: string, number: string, pass: boolean, at: number): string {
  let d = drawn.get(role);
  if (!d) {
    const spec = preset(`${role}-onboarding`);
    drawn.set(role, (d = { spec, qs: drawQuestions(spec, spec.banks.flatMap(bankQuestions)) }));
  }
  const answers = pass ? Object.fromEntries(d.qs.map((q) => [q.id, right(q)])) : {};
  return encodeResult({ v: 1, spec: d.spec, hash: examHash(d.spec, d.qs), name, number, answers, startedAt: at - 1_200_000, submittedAt: at });
}

type Status = 'passed' | 'failed' | 'missing' | 'overdue';
const WORD: Record<Status, string> = { passed: '已通过', failed: '未通过', missing: '未考', overdue: '逾期' };
/**
 * The scenario: every 4th person passed, the next failed, the rest did not sit; person 3 passed
 * under a wrong 工号 (matched by name). Half the list joined in the first half of 2026 (overdue
 * by December unless passed), the other half in November (not yet due).
 */
const ppl = people();
const expected = (p: (typeof ppl)[number]): Status => (p.i % 4 === 0 || p.i === 3 ? 'passed' : p.i % 4 === 1 ? 'failed' : p.i % 2 === 0 ? 'overdue' : 'missing');

async function openRoster(page: Page) {
  await page.clock.setFixedTime(NOW);
  await page.goto('/assess/console/');
  await hydrated(page);
  await page.locator('summary', { hasText: '人员名单与完成情况' }).click();
  await expect(page.locator('[data-roster-file]')).toBeAttached();
}
const pick = (page: Page, file: string) => page.locator('[data-roster-file]').setInputFiles(`${FIXTURES}/${file}`);

test('a staff list is checked before it is kept: GBK reads, a missing column and a repeated 工号 are told row by row', async ({ page }) => {
  await openRoster(page);
  await pick(page, 'roster-missing.csv');
  await expect(page.locator('[data-roster-preview] [role=alert]')).toHaveText('第 1 行（表头）缺少「岗位」列：表头要写 姓名、工号、岗位、项目、入职日期（顺序不限）');
  await expect(page.getByRole('button', { name: /用这份名单/ })).toHaveCount(0);

  await pick(page, 'roster-gbk.csv');
  const preview = page.locator('[data-roster-preview]');
  await expect(preview.getByRole('heading')).toContainText('（GBK 编码）');
  await expect(preview.locator('[data-roster-summary]')).toHaveText('可以导入 39 人。');
  await expect(preview.locator('tbody tr').first()).toContainText('王伟WY1001客服管家示例花园2026-01-10');
  await preview.getByRole('button', { name: '不导入' }).click();
  await expect(preview).toHaveCount(0);

  await pick(page, 'roster-200.csv');
  await expect(preview.locator('[data-roster-summary]')).toHaveText('可以导入 200 人，1 行有问题（不导入，改好后再导入一次）。');
  await expect(preview.locator('[data-roster-errors] li')).toHaveText(['第 122 行：工号「WY1010」和第 11 行重复，这一行没有导入']);
  await expect(preview.locator('[data-roster-note]')).toContainText('第 9 行：姓名以「=」开头：按文字保存');
  // shown as the text it is, not as a link or a formula
  await expect(preview.locator('tbody td').filter({ hasText: FORMULA_NAME })).toHaveCount(1);
  await expect(preview.locator('tbody a')).toHaveCount(0);
  await preview.getByRole('button', { name: '用这份名单（200 人）' }).click();
  await expect(page.locator('[data-roster-said]')).toHaveText('名单已换成「roster-200.csv」：200 人。');
  // kept across a reload
  await page.reload();
  await hydrated(page);
  await page.locator('summary', { hasText: '人员名单与完成情况' }).click();
  await expect(page.locator('[data-roster-total]')).toContainText('名单 200 人');
});

test('results collected for part of a 200-person list give the right counts per project and post; the reminder and the CSV say the same', async ({ page }) => {
  test.setTimeout(120_000);
  await openRoster(page);
  await pick(page, 'roster-200.csv');
  await page.getByRole('button', { name: '用这份名单（200 人）' }).click();

  const t0 = new Date('2026-11-25T09:00:00+08:00').getTime();
  const codes = ppl.flatMap((p) => {
    if (p.i === 3) return [resultCode(p.role, p.name, '写错的工号', true, t0 + p.i * 60_000)];
    if (p.i % 4 > 1) return [];
    return [resultCode(p.role, p.name, p.number, p.i % 4 === 0, t0 + p.i * 60_000)];
  });
  codes.push(resultCode('steward', '路人甲', 'Z-9', true, t0 - 60_000));
  await importCodes(page, codes.join('\n'));
  await expect(page.getByRole('status').filter({ hasText: `新增 ${codes.length} 份` })).toBeVisible();

  // counts per project and post
  const counts = new Map<string, Record<Status | 'people', number>>();
  for (const p of ppl) {
    const k = `${p.project}|${p.role}`;
    const c = counts.get(k) ?? { people: 0, passed: 0, failed: 0, missing: 0, overdue: 0 };
    c.people++;
    c[expected(p)]++;
    counts.set(k, c);
  }
  const table = page.locator('[data-counts] tbody tr');
  await expect(table).toHaveCount(counts.size);
  for (const [k, c] of counts) {
    const row = page.locator(`[data-count-row="${k}"]`);
    await expect(row.locator('td[data-label="人数"]'), k).toHaveText(String(c.people));
    for (const s of ['passed', 'failed', 'missing', 'overdue'] as const) await expect(row.locator(`td[data-status="${s}"]`), `${k} ${s}`).toHaveText(String(c[s]));
  }
  const total = (s: Status) => ppl.filter((p) => expected(p) === s).length;
  await expect(page.locator('[data-roster-total]')).toHaveText(`名单 200 人：已通过 ${total('passed')}，未通过 ${total('failed')}，未考 ${total('missing')}，逾期 ${total('overdue')}。`);
  // matched by name, visibly; the stranger's result is listed, not dropped
  await expect(page.locator('[data-person="WY1004"] [data-by-name]')).toHaveText('按姓名匹配');
  await expect(page.locator('[data-by-name]')).toHaveCount(1);
  await expect(page.locator('[data-unmatched] li')).toHaveText([/^路人甲（工号 Z-9）：客服管家上岗考核，100 分/]);

  // the overdue setting: a year instead of 30 days and nobody on this list is overdue yet; back again
  const days = page.getByRole('spinbutton', { name: /入职后多少天内要考过/ });
  await days.fill('365');
  await days.press('Enter');
  await days.blur();
  await expect(page.locator('[data-roster-total]')).toContainText('逾期 0');
  await expect(page.locator('[data-roster-total]')).toContainText(`未考 ${total('missing') + total('overdue')}`);
  await days.fill('30');
  await days.blur();
  await expect(page.locator('[data-roster-total]')).toContainText(`逾期 ${total('overdue')}`);

  // one project and post: the reminder names exactly who still owes the exam, with its link
  const project = PROJECTS[1];
  await page.getByRole('combobox', { name: /^项目/ }).selectOption(project);
  await page.getByRole('combobox', { name: /^岗位/ }).selectOption('security');
  const owed = ppl.filter((p) => p.project === project && p.role === 'security' && expected(p) !== 'passed');
  expect(owed.length).toBeGreaterThan(3);
  const reminder = await page.locator('[data-reminder]').inputValue();
  expect(reminder).toContain(`${project} · 秩序维护员 上岗考核提醒（截至 2026-12-01）`);
  expect(reminder).toContain(`【秩序维护员上岗考核】（30 题，40 分钟，80 分及格）还有 ${owed.length} 人：`);
  for (const s of ['overdue', 'failed', 'missing'] as const) {
    const names = owed.filter((p) => expected(p) === s).map((p) => `${p.name}（${p.number}）`);
    if (names.length) expect(reminder).toContain(`${WORD[s]}：${names.join('、')}\n`);
  }
  for (const p of ppl.filter((x) => x.project === project && x.role === 'security' && expected(x) === 'passed')) expect(reminder).not.toContain(p.name);
  const link = /考试链接：(\S+)/.exec(reminder)![1];
  expect(specOf(link)).toEqual(preset('security-onboarding'));
  await page.getByRole('button', { name: '复制提醒' }).click();
  await expect(page.getByText(/已复制|文字已选中/)).toBeVisible();

  // the CSV for HR (all projects): one row per person and exam, the same statuses
  await page.getByRole('combobox', { name: /^项目/ }).selectOption({ label: '全部项目' });
  await page.getByRole('combobox', { name: /^岗位/ }).selectOption({ label: '全部岗位' });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出完成情况 CSV（给人事）' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).trim().split('\r\n');
  expect(lines[0]).toBe('项目,姓名,工号,岗位,入职日期,考试,状态,分数,考试日期,截止日期,考了几次,备注');
  expect(lines).toHaveLength(201);
  for (const p of ppl) {
    const line = lines.find((l) => l.includes(`,${p.number},`));
    expect(line, p.number).toBeDefined();
    expect(line!.split(',')[6 + (p.i === 7 ? 1 : 0)], p.number).toBe(WORD[expected(p)]);
  }
  // the formula-looking name leaves as text Excel will not run
  expect(lines.find((l) => l.includes(',WY1008,'))).toBe(`${ppl[7].project},"'=HYPERLINK(""http://x.example"",""点我"")",WY1008,保洁员,2026-11-17,保洁员上岗考核,未考,,,2026-12-17,0,`);
  expect(lines.find((l) => l.includes(',WY1004,'))).toMatch(/,按姓名匹配$/);

  // a printable sheet per project: only the sheet prints
  await page.getByRole('combobox', { name: /^打印哪个项目/ }).selectOption(PROJECTS[2]);
  await page.getByRole('button', { name: '打印这个项目的表' }).click();
  const sheet = page.locator('[data-project-sheet]');
  await expect(sheet.getByRole('heading', { name: `${PROJECTS[2]} 上岗考核完成情况` })).toBeFocused();
  await expect(sheet.locator('tbody tr')).toHaveCount(ppl.filter((p) => p.project === PROJECTS[2]).length);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('h1')).toBeHidden();
  await expect(page.locator('[data-results]')).toBeHidden();
  await expect(sheet.getByRole('button', { name: '返回完成情况' })).toBeHidden();
  await expect(sheet.locator('tbody tr').first()).toBeVisible();
  await page.emulateMedia({ media: null });
  await sheet.getByRole('button', { name: '返回完成情况' }).click();
  await expect(page.locator('[data-counts]')).toBeVisible();
});

test('the roster view has no accessibility violations in light or dark, works by keyboard, and nothing goes sideways at 320 px in 大字', async ({ page }) => {
  await openRoster(page);
  await pick(page, 'roster-200.csv');
  const preview = page.locator('[data-roster-preview]');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axe(page, '#roster'), `preview, ${colorScheme}`).toEqual([]);
  }
  // by keyboard: Enter on the focused button keeps the list; Tab moves on from the filters to what follows
  await preview.getByRole('button', { name: '用这份名单（200 人）' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-roster-total]')).toContainText('名单 200 人');
  await page.getByRole('combobox', { name: /^状态/ }).focus();
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axe(page, '#roster'), `completion, ${colorScheme}`).toEqual([]);
  }
  await page.setViewportSize({ width: 320, height: 700 });
  await page.evaluate(() => document.documentElement.classList.add('large-text'));
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(1);
});

test('5,000 results and a 2,000-person list fit the browser\u2019s storage: both are there after a reload, with the completion view', async ({ page }) => {
  test.setTimeout(180_000);
  const { codes } = makeCodes(RESULTS, undefined, (i: number) => ({ name: `考生${(i % PEOPLE) + 1}`, number: `B${String((i % PEOPLE) + 1).padStart(4, '0')}` }));
  await openRoster(page);
  await page.locator('input[type=file][multiple]').setInputFiles({ name: '结果码.txt', mimeType: 'text/plain', buffer: Buffer.from(codes.join('\n')) });
  await expect(page.getByRole('heading', { name: `成绩（${RESULTS} 人）` })).toBeVisible({ timeout: 60_000 });
  await page.locator('[data-roster-file]').setInputFiles({ name: '名单.csv', mimeType: 'text/csv', buffer: Buffer.from(rosterCsv(), 'utf8') });
  await page.getByRole('button', { name: `用这份名单（${PEOPLE} 人）` }).click();
  await expect(page.locator('[data-roster-total]')).toContainText(`名单 ${PEOPLE} 人：已通过`);
  await expect(page.getByText('存储空间不足')).toHaveCount(0);
  await page.reload();
  await hydrated(page);
  await expect(page.getByRole('heading', { name: `成绩（${RESULTS} 人）` })).toBeVisible({ timeout: 60_000 });
  await page.locator('summary', { hasText: '人员名单与完成情况' }).click();
  await expect(page.locator('[data-roster-total]')).toContainText(`名单 ${PEOPLE} 人：已通过`);
  // everyone on the list has sat the exam at least twice: nobody is 未考
  await expect(page.locator('[data-roster-total]')).toContainText('未考 0');
});
