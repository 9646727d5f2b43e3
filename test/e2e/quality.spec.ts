import { expect, test } from '@playwright/test';
import { axe, hydrated } from './helpers';
import { answer, loadBank } from './quizDriver';

const pageTypes = [
  '/',
  '/handbook/',
  '/handbook/service/',
  '/handbook/cleaning/garbage-retention/',
  '/handbook/engineering/handover-design-points/',
  '/emergency/',
  '/emergency/lift-entrapment/',
  '/emergency/lift-entrapment/print/',
  '/roles/',
  '/roles/security/',
  '/day/steward-day/',
  '/train/',
  '/train/cards/',
  '/train/quiz/service/',
  '/train/checklist/patrol-shift/',
  '/train/checklist/patrol-shift/print/',
  '/train/drill/flat-fire/',
  '/assess/',
  '/assess/take/',
  '/assess/console/',
  '/me/',
  '/search/?q=%E6%BC%8F%E6%B0%B4',
  '/404.html',
];
for (const path of pageTypes) {
  test(`no accessibility violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await hydrated(page);
    expect(await axe(page)).toEqual([]);
  });
}

test('no accessibility violations in the middle of a quiz, a drill and an exam, or in dark mode', async ({ page }) => {
  await page.goto('/train/quiz/cleaning/');
  await hydrated(page);
  await page.getByRole('button', { name: /从头练习/ }).click();
  await answer(page, loadBank('cleaning')[0], false);
  expect(await axe(page)).toEqual([]);

  await page.goto('/train/drill/flat-fire/');
  await hydrated(page);
  await page.getByRole('button', { name: '开始演练' }).click();
  await page.locator('.choice').first().click();
  expect(await axe(page)).toEqual([]);

  await page.emulateMedia({ colorScheme: 'dark' });
  for (const p of ['/', '/emergency/fire/', '/handbook/cleaning/garbage-retention/']) {
    await page.goto(p);
    expect(await axe(page), p).toEqual([]);
  }
});

test('a whole quiz can be done with the keyboard alone', async ({ page }) => {
  test.setTimeout(180_000);
  const qs = loadBank('emergency-facilities');
  await page.goto('/train/quiz/emergency-facilities/');
  await hydrated(page);
  await page.getByRole('button', { name: /从头练习/ }).focus();
  await page.keyboard.press('Enter');
  const types = new Set<string>();
  for (let i = 0; i < qs.length; i++) {
    types.add(qs[i].type);
    // the island moves focus to the new question's heading; start from there, as a keyboard user would
    await expect(page.getByRole('heading', { name: `第 ${i + 1} 题` })).toBeFocused();
    await test.step(`${qs[i].id} (${qs[i].type})`, () => answer(page, qs[i], true, true));
    const next = page.getByRole('button', { name: i + 1 < qs.length ? '下一题' : '看成绩' });
    await next.focus();
    await page.keyboard.press('Enter');
  }
  await expect(page.locator('.score')).toHaveText(`答对 ${qs.length} / ${qs.length} 题，100 分`);
  expect(types.size).toBeGreaterThanOrEqual(6);
});
