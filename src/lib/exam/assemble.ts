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

export function drawQuestions(spec: ExamSpec, pool: Question[]): Question[] {
  const candidates = eligible(spec, pool).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return shuffled(candidates, rngFor(`${spec.seed}|${spec.id}`)).slice(0, spec.count);
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

/** 64-bit version stamp of an exam: its rules plus the id, type and answer key of every question. */
export function examHash(spec: ExamSpec, questions: Question[]): string {
  const text = JSON.stringify([spec.id, spec.banks, spec.tags, spec.count, spec.seed, spec.pass, questions.map((q) => [q.id, q.type, answerKey(q)])]);
  return hashString(text).toString(16).padStart(8, '0') + hashString('~' + text).toString(16).padStart(8, '0');
}
