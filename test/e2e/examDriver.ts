/** Trainer and trainee steps shared by the assessment tests. */
import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { drawQuestions, orderFor } from '../../src/lib/exam/assemble';
import { readExamLink } from '../../src/lib/exam/link';
import { decodeSpec, type ExamSpec } from '../../src/lib/exam/spec';
import type { Question } from '../../src/lib/quiz/types';
import { hydrated } from './helpers';

/** A bank as the built site serves it (DIST_DIR when the tests run against another build). */
export const bankQuestions = (bank: string): Question[] => JSON.parse(readFileSync(`${process.env.DIST_DIR ?? 'dist'}/exam-data/${bank}.json`, 'utf8')) as Question[];

export function examQuestions(spec: ExamSpec, number: string): Question[] {
  return orderFor(spec, drawQuestions(spec, spec.banks.flatMap(bankQuestions)), number);
}

export function specOf(link: string): ExamSpec {
  const url = new URL(link, 'http://x');
  const parts = readExamLink(url.search, url.hash);
  if (!parts.ok) throw new Error(parts.error);
  const d = decodeSpec(parts.exam);
  if (!d.ok) throw new Error(d.error);
  return d.spec;
}

/** 「自己出一套」 starts blank: the post picked sets the banks and tags the exam draws from. */
export async function buildExam(page: Page, count: number, minutes?: number, role = 'steward') {
  await page.goto('/assess/');
  await hydrated(page);
  await page.getByRole('combobox', { name: /^岗位/ }).selectOption(role);
  await page.getByLabel('题数').fill(String(count));
  if (minutes) await page.getByLabel('时长（分钟）').fill(String(minutes));
  await expect(page.getByRole('status').filter({ hasText: '符合条件的题共' })).toBeVisible();
  await page.getByRole('button', { name: '生成考试链接' }).click();
  await expect(page.getByRole('img', { name: '考试二维码' })).toBeVisible();
  const link = await page.locator('[data-exam-link]').inputValue();
  return { link, spec: specOf(link) };
}

export const localPath = (link: string) => link.replace(/^https?:\/\/[^/]+/, '');

export async function startExam(page: Page, link: string, name: string, number: string) {
  await page.goto(localPath(link));
  await hydrated(page);
  await page.getByLabel('姓名').fill(name);
  await page.getByLabel('工号').fill(number);
  await page.getByRole('button', { name: '开始考试' }).click();
  await expect(page.getByRole('timer')).toBeVisible();
}

/** Hands in (confirming if some are unanswered) and returns the result code. */
export async function handIn(page: Page): Promise<string> {
  await page.getByRole('button', { name: '交卷' }).click();
  const confirm = page.getByRole('button', { name: '确定交卷' });
  if (await confirm.isVisible()) await confirm.click();
  await expect(page.locator('[data-result-code]')).toHaveValue(/^WY1\./);
  return page.locator('[data-result-code]').inputValue();
}

export async function importCodes(trainer: Page, text: string) {
  await trainer.getByLabel(/粘贴结果码/).fill(text);
  await trainer.getByRole('button', { name: '导入', exact: true }).click();
}
