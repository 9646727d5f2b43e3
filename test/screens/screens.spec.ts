/**
 * The screenshots in docs/screenshots/: every screen driven into a real state through the UI, at a
 * 390×844 phone (project 'phone') and a 1280×800 desktop (project 'desktop'). Run with
 * `npm run screenshots`; never part of `npm test`.
 */
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { choose, isOver, scoreRun, startRun, type Run } from '../../src/lib/drill/engine';
import type { Drill, DrillPlan } from '../../src/lib/drill/types';
import { drillSchema } from '../../src/schemas/drill';
import { splitFrontmatter } from '../../src/schemas/read-content';
import { examQuestions, handIn, importCodes, localPath, specOf, startExam } from '../e2e/examDriver';
import { hydrated } from '../e2e/helpers';
import { answer, fillAnswer, shownQuestionId, type BankQuestion } from '../e2e/quizDriver';
import { SCREENS, saveShot } from './shots';

/** Every screen starts at the same moment, so dates and clocks on the pictures stay the same. */
const NOW = new Date('2026-11-25T09:40:00+08:00');

async function open(page: Page, path: string) {
  await page.clock.install({ time: NOW });
  await page.goto(path);
  await hydrated(page);
}

/** Saves the viewport as docs/screenshots/<project>-<nn>-<name>.png. */
async function shot(page: Page, name: keyof typeof SCREENS) {
  // nothing may still be moving: fonts loaded, no focus ring flashing on the picture
  await page.evaluate(() => document.fonts.ready);
  await page.mouse.move(0, 0);
  await saveShot(await page.screenshot({ animations: 'disabled', caret: 'hide' }), test.info().project.name, name);
}

/** Scrolls so the target's top sits just below the sticky top bar (`gap` px clear of it). */
async function scrollToTop(page: Page, target: string | Locator, gap = 12) {
  const el = typeof target === 'string' ? page.locator(target).first() : target;
  await el.evaluate((node, gap) => {
    const bar = document.querySelector('.topbar');
    const barBottom = bar && getComputedStyle(bar).position === 'sticky' ? bar.getBoundingClientRect().height : 0;
    window.scrollTo({ top: window.scrollY + node.getBoundingClientRect().top - barBottom - gap, behavior: 'instant' });
  }, gap);
}

const toTop = (page: Page) => page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));

/** A bank as the served build has it (DIST_DIR when screenshots are taken of another build). */
const loadBank = (bank: string): BankQuestion[] => JSON.parse(readFileSync(`${process.env.DIST_DIR ?? 'dist'}/exam-data/${bank}.json`, 'utf8'));

/** Answers the question a drawn run shows now; ordering questions are always put right (left as shown, 提交 stays off). Says whether it answered right. */
async function answerShown(page: Page, qs: BankQuestion[], right: boolean): Promise<boolean> {
  const id = await shownQuestionId(page);
  const q = qs.find((x) => x.id === id)!;
  const r = right || q.type === 'order';
  await answer(page, q, r);
  return r;
}

const project = () => test.info().project.name as 'phone' | 'desktop';

test('home', async ({ page }) => {
  await open(page, '/');
  await shot(page, 'home');
});

test('search results for 困梯', async ({ page }) => {
  await open(page, `/search/?q=${encodeURIComponent('困梯')}`);
  await expect(page.locator('.search-status')).toContainText('找到');
  await expect(page.locator('[data-search-results] > li').first()).toBeVisible();
  // the full-text pass has finished too
  await expect(page.locator('.search-status')).not.toContainText('正在');
  await shot(page, 'search');
});

test('lift entrapment plan', async ({ page }) => {
  await open(page, '/emergency/lift-entrapment/');
  await shot(page, 'plan');
});

test('a long handbook article', async ({ page }) => {
  await open(page, '/handbook/engineering/handover-design-points/');
  await shot(page, 'handbook');
});

test('role page with its learning path', async ({ page }) => {
  await open(page, '/roles/security/');
  const path = page.locator('#path');
  await expect(path.locator('astro-island')).not.toHaveAttribute('ssr');
  // two articles read, so the path shows progress
  for (let i = 0; i < 2; i++) await path.getByRole('button', { name: '我读完了' }).first().click();
  await expect(path.getByText(/完成 [1-9]\d?%/)).toBeVisible();
  await scrollToTop(page, 'main h1', 8);
  await shot(page, 'role');
});

test('quiz question with feedback after answering', async ({ page }) => {
  const qs = loadBank('cleaning');
  await open(page, '/train/quiz/cleaning/');
  await page.getByRole('button', { name: /从头练习/ }).click();
  await answer(page, qs[0], false);
  if (project() === 'phone') await scrollToTop(page, 'main h1', 8);
  await shot(page, 'quiz-feedback');
});

test('quiz end screen', async ({ page }) => {
  const qs = loadBank('cleaning');
  await open(page, '/train/quiz/cleaning/');
  await page.getByRole('button', { name: '随机练 10 题' }).click();
  // three misses, so the end screen says 未通过 (70 against 80) and lists what to review; the first
  // questions drawn are missed (an ordering question drawn among them is answered right instead)
  let missed = 0;
  for (let i = 0; i < 10; i++) {
    if (!(await answerShown(page, qs, missed >= 3))) missed++;
    await page.getByRole('button', { name: i < 9 ? '下一题' : '看成绩' }).click();
  }
  await expect(page.locator('.score')).toHaveText('答对 7 / 10 题，70 分');
  await expect(page.locator('.run-result')).toContainText('及格线');
  await scrollToTop(page, 'main h1', 8);
  await shot(page, 'quiz-end');
});

test('flashcards with the answer shown and the rating bar', async ({ page }) => {
  await open(page, '/train/cards/');
  await page.getByRole('button', { name: '显示答案' }).click();
  await expect(page.locator('.rating-bar button')).toHaveCount(4);
  await scrollToTop(page, 'main h1', 8);
  await shot(page, 'flashcards');
});

test('checklist with a failed item, its note and follow-up', async ({ page }) => {
  await open(page, '/train/checklist/patrol-shift/');
  const item = (i: number, r: 'pass' | 'fail' | 'na') => page.locator('.check-items > li').nth(i).locator(`input[type=radio][value=${r}]`);
  await item(0, 'pass').check();
  await item(1, 'pass').check();
  await item(2, 'fail').check();
  const failed = page.locator('.check-items > li').nth(2);
  await failed.getByRole('textbox', { name: /^备注：/ }).fill('3 号巡更点打卡器没反应');
  await failed.getByRole('textbox', { name: /^整改措施/ }).fill('已报工程部维修，本班改为手工登记');
  await failed.getByRole('textbox', { name: /^整改措施/ }).blur();
  await expect(page.locator('[data-stat=done]')).toHaveText('3');
  await scrollToTop(page, failed);
  await shot(page, 'checklist');
});

// ── Drill: the night lift entrapment, played along the detour the story calls four minutes late ──
const DRILL = 'night-lift-entrapment';
function detourChoices(): number[] {
  const drill: Drill = drillSchema.parse(parse(readFileSync(`content/drills/${DRILL}.yaml`, 'utf8')));
  const plan = { id: drill.plan, title: '', ...(parse(splitFrontmatter(readFileSync(`content/emergencies/${drill.plan}.mdx`, 'utf8'))!.front) as Omit<DrillPlan, 'id' | 'title'>) };
  const out: { choices: number[]; run: Run }[] = [];
  const walk = (r: Run, path: number[]) => {
    if (isOver(drill, r)) return void out.push({ choices: path, run: r });
    drill.nodes[r.node].choices.forEach((_, i) => walk(choose(drill, r, i), [...path, i]));
  };
  walk(startRun(drill), []);
  const detour = out
    .map((r) => ({ ...r, result: scoreRun(drill, plan, r.run) }))
    .find((r) => !r.result.criticals.length && r.result.timeline.some((t) => t.feedback?.includes('晚了四分钟')) && r.result.rows.every((x) => x.status !== 'missed'));
  return detour!.choices;
}

test('drill mid-play', async ({ page }) => {
  await open(page, `/train/drill/${DRILL}/`);
  await page.getByRole('button', { name: '开始演练' }).click();
  const choices = detourChoices();
  for (const i of choices.slice(0, 2)) {
    const before = await page.locator('.situation').textContent();
    await page.locator(`.choice[data-choice="${i}"]`).click();
    await expect(page.locator('.situation')).not.toHaveText(before ?? '');
  }
  await scrollToTop(page, 'main h1', 8);
  await shot(page, 'drill');
});

test('drill debrief', async ({ page }) => {
  await open(page, `/train/drill/${DRILL}/`);
  await page.getByRole('button', { name: '开始演练' }).click();
  for (const i of detourChoices()) await page.locator(`.choice[data-choice="${i}"]`).click();
  await expect(page.getByRole('heading', { name: '演练结束' })).toBeVisible();
  await scrollToTop(page, page.getByRole('heading', { name: '演练结束' }), 8);
  await shot(page, 'drill-debrief');
});

// ── Assessment ──

/** The first preset's 自己先试一遍 link, as a trainee opens it from the trainer. */
async function presetTryLink(page: Page) {
  await open(page, '/assess/');
  return (await page.locator('[data-preset] a[data-preset-try]').first().getAttribute('href'))!;
}

test('exam being taken from a preset link', async ({ page }) => {
  const link = await presetTryLink(page);
  await page.goto(link);
  await hydrated(page);
  await startExam(page, link, '刘管家', 'S-1024');
  const qs = examQuestions(specOf(link), 'S-1024');
  for (let i = 0; i < 3; i++) await fillAnswer(page, page.locator(`#exam-q-${i + 1} fieldset`), qs[i], i !== 1);
  await toTop(page);
  await shot(page, 'exam');
});

/** Trainees of mixed strength sit the preset exam from its signed link; returns their result codes. */
async function sitPreset(browser: Browser, link: string) {
  const trainees = [
    ['刘管家', 'S-1024', 1],
    ['吴保洁', 'C-77', 0.9],
    ['郑秩序', 'P-2048', 0.8],
    ['褚绿化', 'G-7', 0.7],
    ['蒋客服', 'K-3', 0.55],
    ['沈保洁', 'C-12', 0.45],
  ] as const;
  const spec = specOf(link);
  const codes: string[] = [];
  for (const [name, number, strength] of trainees) {
    // each on a phone of their own
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.clock.install({ time: NOW });
    await startExam(page, link, name, number);
    const qs = examQuestions(spec, number);
    for (let i = 0; i < qs.length; i++) {
      // a fixed spread: harder questions later, weaker trainees miss more of them
      const right = ((i * 37 + number.length * 11) % 100) / 100 < strength;
      await fillAnswer(page, page.locator(`#exam-q-${i + 1} fieldset`), qs[i], right);
    }
    codes.push(await handIn(page));
    await ctx.close();
  }
  return codes;
}

async function consoleWithResults(page: Page, browser: Browser) {
  await open(page, '/assess/');
  await page.getByRole('button', { name: /^出这套卷/ }).first().click();
  await expect(page.getByRole('img', { name: '考试二维码' })).toBeVisible();
  const link = localPath(await page.locator('[data-exam-link]').inputValue());
  const codes = await sitPreset(browser, link);
  await page.goto('/assess/console/');
  await hydrated(page);
  await importCodes(page, codes.join('\n'));
  await expect(page.getByRole('status').filter({ hasText: `新增 ${codes.length} 份` })).toBeVisible();
  await expect(page.locator('[data-items] tbody tr').first()).toBeVisible();
}

test('trainer console with item analysis, and a certificate', async ({ page, browser }) => {
  // six trainees each answer the 30 questions of a preset exam
  test.setTimeout(420_000);
  await consoleWithResults(page, browser);
  await scrollToTop(page, '.analysis', 8);
  await shot(page, 'console');

  const row = page.locator('[data-results] tbody tr').filter({ hasText: 'S-1024' });
  await row.getByRole('button', { name: '打印证书' }).click();
  await expect(page.locator('[data-certificate]')).toContainText('刘管家');
  await scrollToTop(page, '[data-certificate]', 8);
  await shot(page, 'certificate');
});

test('我的 with some progress', async ({ page }) => {
  const qs = loadBank('security');
  await open(page, '/roles/security/');
  await page.locator('#path').getByRole('button', { name: '设为我的岗位' }).click();
  await page.locator('#path').getByRole('button', { name: '我读完了' }).first().click();
  await page.goto('/train/quiz/security/');
  await hydrated(page);
  await page.getByRole('button', { name: /从头练习/ }).click();
  for (let i = 0; i < 4; i++) {
    await answer(page, qs[i], i !== 2);
    await page.getByRole('button', { name: '下一题' }).click();
  }
  await page.goto('/train/checklist/gate-post-shift/');
  await hydrated(page);
  await page.locator('.check-items > li').nth(0).locator('input[value=pass]').check();
  await page.getByLabel('执行人').fill('王保安');
  await page.getByRole('button', { name: '保存本次记录' }).click();
  await expect(page.locator('[data-history] tbody tr')).toHaveCount(1);
  await page.goto('/me/');
  await hydrated(page);
  await expect(page.locator('#me-wrong + ul')).toContainText('1 题');
  await scrollToTop(page, 'main h1', 8);
  await shot(page, 'me');
});

test('wall card: the plan\u2019s print page', async ({ page }) => {
  await open(page, '/emergency/lift-entrapment/print/');
  await shot(page, 'wall-card');
});

test('checklist print page', async ({ page }) => {
  await open(page, '/train/checklist/patrol-shift/print/');
  await shot(page, 'checklist-print');
});

test('emergency plans grouped by kind', async ({ page }) => {
  await open(page, '/emergency/');
  await shot(page, 'emergency');
});
