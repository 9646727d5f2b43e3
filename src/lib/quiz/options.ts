/**
 * The order options are shown in. Files keep options in the order authors wrote them, which
 * clusters keys; each attempt shows them in an order of its own, from a seed the attempt keeps
 * (an exam sitting stores it and its result code carries it), so a reload shows the same order.
 * Answers always use the file's indices, so scoring never depends on what was shown.
 */
import { rngFor, shuffled } from '../random.ts';
import type { Question } from './types.ts';

/** 「以上都对」 and the like only make sense below the options they sum up. */
const SUMS_UP = /^(以上|上述)/;

/** File indices in display order: a seeded shuffle, summing-up options kept last. */
export function optionOrder(q: Question, seed: string): number[] {
  if (q.type !== 'single' && q.type !== 'multiple' && q.type !== 'scenario') return [];
  const idx = q.options.map((_, i) => i);
  const free = idx.filter((i) => !SUMS_UP.test(q.options[i]));
  const last = idx.filter((i) => SUMS_UP.test(q.options[i]));
  return [...shuffled(free, rngFor(`${seed}|${q.id}|options`)), ...last];
}

/** A fresh seed for one practice attempt or exam sitting. */
export function newAttemptSeed(): string {
  return Math.random().toString(36).slice(2, 10);
}
