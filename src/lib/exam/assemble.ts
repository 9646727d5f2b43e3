/**
 * Drawing an exam from the question banks. The draw is seeded by the exam, so every trainee and
 * the trainer's console get the same questions; the hash pins the exact version of them.
 */
import { hashString, rngFor, shuffled } from '../random.ts';
import type { Question } from '../quiz/types.ts';
import type { ExamSpec } from './spec.ts';

export function eligible(spec: Pick<ExamSpec, 'tags'>, pool: Question[]): Question[] {
  return pool.filter((q) => !spec.tags.length || spec.tags.some((t) => q.tags.includes(t)));
}

/**
 * Where a question stands in an exam's draw: a hash of the exam and the question alone, so a
 * question added to a bank later moves no other question and changes the draw only when it
 * ranks among the first `count` itself (a shuffle of the whole pool changed every draw).
 */
export const drawRank = (spec: Pick<ExamSpec, 'seed' | 'id'>, id: string) => hashString(`${spec.seed}|${spec.id}|${id}`);

export const byRank = (spec: ExamSpec) => (a: Question, b: Question) => drawRank(spec, a.id) - drawRank(spec, b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function drawQuestions(spec: ExamSpec, pool: Question[]): Question[] {
  return eligible(spec, pool).sort(byRank(spec)).slice(0, spec.count);
}

/** The order one trainee sees: the draw itself, or a per-trainee shuffle when the trainer asked. */
export function orderFor(spec: ExamSpec, questions: Question[], candidateNumber: string): Question[] {
  return spec.shuffle ? shuffled(questions, rngFor(`${spec.seed}|${spec.id}|${candidateNumber}`)) : questions;
}

/** What decides right and wrong for a question; wording fixes elsewhere do not change it. */
function answerKey(q: Question): unknown {
  switch (q.type) {
    case 'single':
    case 'scenario':
      return [q.options.length, q.answer];
    case 'multiple':
      return [q.options.length, q.answer];
    case 'truefalse':
      return q.answer;
    case 'order':
      return q.items;
    case 'number':
      return [q.answer, q.tolerance];
    case 'match':
      return q.pairs;
  }
}

/**
 * 64-bit version stamp of an exam: its rules plus the id, type and answer key of every question,
 * in id order, so the same questions stamp the same however they were drawn.
 */
export function examHash(spec: ExamSpec, questions: Question[]): string {
  const sorted = [...questions].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const text = JSON.stringify([spec.id, spec.banks, spec.tags, spec.count, spec.seed, spec.pass, sorted.map((q) => [q.id, q.type, answerKey(q)])]);
  return (
    hashString(text).toString(16).padStart(8, '0') +
    hashString('~' + text)
      .toString(16)
      .padStart(8, '0')
  );
}
