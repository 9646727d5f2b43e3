import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** A question as the built site serves it: this project's numbers filled in, plan steps resolved. */
export interface BankQuestion {
  id: string;
  type: string;
  prompt: string;
  options?: string[];
  answer?: number | number[] | boolean;
  items?: string[];
  pairs?: { left: string; right: string }[];
}

export function loadBank(bank: string): BankQuestion[] {
  return JSON.parse(readFileSync(`dist/exam-data/${bank}.json`, 'utf8')) as BankQuestion[];
}

/** Answers the question on screen, right or wrong, using only the keyboard when `keyboard` is set. */
export async function answer(page: Page, q: BankQuestion, right: boolean, keyboard = false) {
  await questionReady(page);
  const form = page.locator('.quiz form');
  await fillAnswer(page, form, q, right, keyboard);
  const submit = form.getByRole('button', { name: '提交答案' });
  await expect(submit).toBeEnabled();
  if (keyboard) {
    await submit.focus();
    await page.keyboard.press('Enter');
  } else await submit.click();
  await expect(page.locator('.feedback .verdict')).toHaveText(right ? '回答正确' : /回答错误|部分正确/);
}

/** Answers whichever question of `qs` the practice quiz shows now (its form carries the id), for drawn runs. */
export async function answerShown(page: Page, qs: BankQuestion[], right: boolean): Promise<BankQuestion> {
  const id = await shownQuestionId(page);
  const q = qs.find((x) => x.id === id);
  if (!q) throw new Error(`题库里没有「${id}」`);
  await answer(page, q, right);
  return q;
}

/**
 * The id of the question waiting for an answer, once the island has drawn it and moved focus to
 * its heading (that focus lands after the render, and would take the keys of an answer typed
 * before it).
 */
export async function shownQuestionId(page: Page): Promise<string | null> {
  await questionReady(page);
  return page.locator('.quiz form[data-qid]').getAttribute('data-qid');
}

const questionReady = (page: Page) => expect(page.locator('.quiz').getByRole('heading', { name: /^第 \d+ 题$/ })).toBeFocused();

/** Gives an answer inside `form` (one question's controls) without submitting it. */
export async function fillAnswer(page: Page, form: Locator, q: BankQuestion, right: boolean, keyboard = false) {
  const choose = async (name: string | RegExp, kind: 'radio' | 'checkbox') => {
    const el = form.getByRole(kind, { name, exact: typeof name === 'string' });
    if (keyboard) {
      await el.focus();
      await page.keyboard.press('Space');
    } else await el.check();
  };
  switch (q.type) {
    case 'single':
    case 'scenario': {
      const i = right ? (q.answer as number) : ((q.answer as number) + 1) % q.options!.length;
      await choose(q.options![i], 'radio');
      break;
    }
    case 'truefalse':
      await choose(right === (q.answer as boolean) ? '对' : '错', 'radio');
      break;
    case 'multiple': {
      const want = right
        ? (q.answer as number[])
        : q
            .options!.map((_, i) => i)
            .filter((i) => !(q.answer as number[]).includes(i))
            .slice(0, 1);
      for (const i of want) await choose(q.options![i], 'checkbox');
      break;
    }
    case 'number': {
      const box = form.getByRole('textbox', { name: '填写数字' });
      await box.focus();
      await page.keyboard.type(right ? String(q.answer) : '99999');
      break;
    }
    case 'order': {
      const items = q.items!;
      if (!right) break; // the scrambled start is never the right order
      for (let target = 0; target < items.length; target++) {
        // Re-read the list after every move: the island re-renders it in its new order.
        for (let guard = 0; guard < items.length; guard++) {
          const shown = await form.locator('.order-list > li > span:first-child').allTextContents();
          const pos = shown.indexOf(items[target]);
          if (pos < 0) throw new Error(`排序题里找不到「${items[target]}」`);
          if (pos <= target) break;
          const up = form.getByRole('button', { name: `上移：${items[target]}`, exact: true });
          if (keyboard) {
            await up.focus();
            await page.keyboard.press('Enter');
          } else await up.click();
          await expect(form.locator('.order-list > li > span:first-child').nth(pos - 1)).toHaveText(items[target]);
        }
      }
      break;
    }
    case 'match': {
      const pairs = q.pairs!;
      const rows = form.locator('.match-row select');
      for (let i = 0; i < pairs.length; i++) {
        const label = right ? pairs[i].right : pairs[(i + 1) % pairs.length].right;
        await rows.nth(i).selectOption({ label });
      }
      break;
    }
  }
}
