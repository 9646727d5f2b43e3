import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { choose, isOver, scoreRun, startRun, type Run } from '../../src/lib/drill/engine';
import type { Drill, DrillPlan } from '../../src/lib/drill/types';
import { drillSchema } from '../../src/schemas/drill';
import { splitFrontmatter } from '../../src/schemas/read-content';
import { axe, hydrated } from './helpers';

const ID = 'night-lift-entrapment';
const drill: Drill = drillSchema.parse(parse(readFileSync(`content/drills/${ID}.yaml`, 'utf8')));
const plan = { id: drill.plan, title: '', ...(parse(splitFrontmatter(readFileSync(`content/emergencies/${drill.plan}.mdx`, 'utf8'))!.front) as Omit<DrillPlan, 'id' | 'title'>) };

/** Choice sequences of every complete run, with the engine's own verdict on each. */
function runs(): { choices: number[]; run: Run }[] {
  const out: { choices: number[]; run: Run }[] = [];
  const walk = (r: Run, path: number[]) => {
    if (isOver(drill, r)) return void out.push({ choices: path, run: r });
    drill.nodes[r.node].choices.forEach((_, i) => walk(choose(drill, r, i), [...path, i]));
  };
  walk(startRun(drill), []);
  return out;
}
const all = runs().map((r) => ({ ...r, result: scoreRun(drill, plan, r.run) }));
const perfect = all.find((r) => r.result.score === 100)!;
const critical = all.find((r) => r.result.criticals.length > 0)!;
/** The run that rings the engineer on duty before the lift maintainer: the story says four minutes late. */
const detour = all.find((r) => !r.result.criticals.length && r.result.timeline.some((t) => t.feedback?.includes('晚了四分钟')) && r.result.rows.every((x) => x.status !== 'missed'))!;

/** Plays a sequence of choices with the keyboard only: Tab to the choice, Enter to take it. */
async function playByKeyboard(page: Page, choices: number[]) {
  await page.goto(`/train/drill/${ID}/`);
  await hydrated(page);
  await page.getByRole('button', { name: '开始演练' }).focus();
  await page.keyboard.press('Enter');
  for (const i of choices) {
    await expect(page.getByRole('heading', { name: '现在的情况' })).toBeFocused();
    // Choices are shown in an order of the run's own: find where this one stands on screen.
    const shown = await page.locator('.choice').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.choice));
    const pos = shown.indexOf(String(i));
    for (let t = 0; t <= pos; t++) await page.keyboard.press('Tab');
    await expect(page.locator(`.choice[data-choice="${i}"]`)).toBeFocused();
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { name: '演练结束' })).toBeVisible();
}

test('a perfect run by keyboard passes with full marks and every step on time', async ({ page }) => {
  await playByKeyboard(page, perfect.choices);
  await expect(page.locator('.debrief .verdict')).toContainText('通过：100 分');
  const rows = page.locator('[data-debrief] tbody tr');
  await expect(rows).toHaveCount(perfect.result.rows.length);
  for (let i = 0; i < perfect.result.rows.length; i++) await expect(rows.nth(i).locator('td').last()).toHaveText('按时完成');
  // The clock moved with the choices.
  await expect(page.locator('.sim-clock strong')).not.toHaveText(drill.startClock);
  // The attempt is kept: the start screen shows the best score after a reload.
  await page.reload();
  await hydrated(page);
  await expect(page.locator('.drill')).toContainText('最好成绩 100 分');
});

test('a critical error fails the run and the debrief names the rule broken', async ({ page }) => {
  await playByKeyboard(page, critical.choices);
  await expect(page.locator('.debrief .verdict')).toContainText('未通过');
  const rule = plan.never.find((n) => n.id === critical.result.criticals[0].rule)!;
  await expect(page.locator('.debrief')).toContainText(`严重错误：${rule.text}`);
  await expect(page.getByRole('link', { name: '看预案' }).first()).toHaveAttribute('href', `/emergency/${plan.id}/#never-${rule.id}`);
  await page.getByRole('button', { name: '再来一次' }).click();
  await expect(page.getByRole('heading', { name: '现在的情况' })).toBeVisible();
});

test('pressure mode counts a decision left too long as hesitation', async ({ page }) => {
  await page.clock.install();
  await page.goto(`/train/drill/${ID}/`);
  await hydrated(page);
  await page.getByLabel(/压力模式/).check();
  await page.getByRole('button', { name: '开始演练' }).click();
  await expect(page.locator('.countdown')).toContainText('还剩 20 秒');
  await page.clock.runFor(21_000);
  await expect(page.locator('.sim-clock')).toContainText('已过 1 分钟');
});

test('a detour the story calls four minutes late costs points, and the debrief says which step and by how much', async ({ page }) => {
  await playByKeyboard(page, detour.choices);
  const verdict = page.locator('.debrief .verdict');
  await expect(verdict).toContainText(`通过：${detour.result.score} 分`);
  await expect(verdict).not.toContainText('100 分');
  const i = detour.result.rows.findIndex((r) => r.step === 'notify-maintainer');
  const row = page.locator('[data-debrief] tbody tr').nth(i);
  await expect(row.locator('td').first()).toHaveText('立即');
  await expect(row.locator('td').last()).toContainText('耽误了 4 分钟');
  await expect(row.getByRole('link', { name: '看手册' })).toHaveAttribute('href', `/emergency/${plan.id}/#step-notify-maintainer`);
  await expect(page.locator('.debrief .reasons')).toHaveText('1 个该马上做的步骤被耽误，共晚了 4 分钟');
});

for (const [width, large] of [
  [390, false],
  [320, true],
] as const) {
  test(`at ${width} px${large ? ' in 大字' : ''} the debrief reads as labelled cards, nothing scrolls sideways and the clock stops following`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`/train/drill/${ID}/`);
    if (large) await page.evaluate(() => document.documentElement.classList.add('large-text'));
    await hydrated(page);
    await page.getByRole('button', { name: '开始演练' }).click();
    await expect(page.locator('.sim-clock')).toHaveCSS('position', 'sticky');
    for (const i of detour.choices) await page.locator(`.choice[data-choice="${i}"]`).click();
    await expect(page.getByRole('heading', { name: '演练结束' })).toBeVisible();
    // the clock no longer sticks to the top, so it cannot cover the table while scrolling
    await expect(page.locator('.sim-clock')).toHaveCSS('position', 'static');
    const table = page.locator('[data-debrief]');
    await expect(table).toHaveClass(/reflow/);
    await expect(table.locator('tbody td').first()).toHaveCSS('display', 'block');
    await expect(table.locator('tbody td[data-label="结果"]')).toHaveCount(detour.result.rows.length);
    const lastRow = table.locator('tbody tr').last();
    await lastRow.scrollIntoViewIfNeeded();
    const box = (await lastRow.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}

test('the debrief has no accessibility violations in light or dark mode', async ({ page }) => {
  await playByKeyboard(page, detour.choices);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axe(page), colorScheme).toEqual([]);
  }
});

test('each run shows the choices in an order of its own, so tapping the top button is no strategy', async ({ page }) => {
  await page.goto(`/train/drill/${ID}/`);
  await hydrated(page);
  const orders = new Set<string>();
  const firstIsRight = new Set<boolean>();
  const right = drill.nodes[drill.start].choices.findIndex((c) => c.step && !c.critical);
  for (let i = 0; i < 8; i++) {
    await page.getByRole('button', { name: '开始演练' }).click();
    const shown = await page.locator('.choice').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.choice));
    expect(shown).toHaveLength(drill.nodes[drill.start].choices.length);
    orders.add(shown.join());
    firstIsRight.add(shown[0] === String(right));
    await page.reload();
    await hydrated(page);
  }
  expect(orders.size).toBeGreaterThan(1);
  expect(firstIsRight).toContain(false);
});
