import { z } from 'astro/zod';
import { nonEmpty, pageAnchor, slug } from './common.ts';
import { factIds, type FactId } from './project.ts';
import { keyOf } from '../lib/quiz/answer-format.ts';

const base = {
  id: slug,
  prompt: nonEmpty,
  explain: nonEmpty,
  /** page id + anchor where the answer is written, e.g. handbook/service/request-flow#limit-urgent */
  source: pageAnchor,
  tags: z.array(nonEmpty).default([]),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]).default(1),
};

/** An option as written: its text, and `correct: true` on the right ones (no positions to count). */
const option = z.strictObject({ text: nonEmpty, correct: z.boolean().optional() });
const options = z.array(option).min(2).max(6);
const rightCount = (opts: { correct?: boolean }[]) => opts.filter((o) => o.correct).length;
/** One option right, for single choice and scenario questions. */
const oneRight = (q: { options: { correct?: boolean }[] }, ctx: z.RefinementCtx) => {
  const n = rightCount(q.options);
  if (n !== 1) ctx.addIssue({ code: 'custom', path: ['options'], message: n ? `只能有一个正确答案，现在勾了 ${n} 个` : '没有正确答案：在对的选项上写 correct: true（编辑器里勾选「正确答案」）' });
};

const authoredQuestion = z.discriminatedUnion('type', [
  z.strictObject({ ...base, type: z.literal('single'), options }).superRefine(oneRight),
  z.strictObject({ ...base, type: z.literal('multiple'), options }).superRefine((q, ctx) => {
    if (!rightCount(q.options)) ctx.addIssue({ code: 'custom', path: ['options'], message: '没有正确答案：至少在一个选项上写 correct: true（编辑器里勾选「正确答案」）' });
  }),
  z.strictObject({ ...base, type: z.literal('truefalse'), answer: z.boolean() }),
  z.strictObject({
    ...base,
    type: z.literal('order'),
    /** the items in their correct order; or plan + steps to take them from an emergency plan */
    items: z.array(nonEmpty).min(3).optional(),
    plan: slug.optional(),
    steps: z.array(slug).min(3).optional(),
  }),
  z.strictObject({
    ...base,
    type: z.literal('number'),
    /** the project's own figure is the answer (answer is then ignored); left out where it has none */
    answerFact: z.enum(factIds as [FactId, ...FactId[]]).optional(),
    answer: z.number().optional(),
    unit: nonEmpty,
    tolerance: z.number().min(0).default(0),
  }),
  z.strictObject({
    ...base,
    type: z.literal('match'),
    pairs: z.array(z.strictObject({ left: nonEmpty, right: nonEmpty })).min(2),
  }),
  z
    .strictObject({
      ...base,
      type: z.literal('scenario'),
      situation: nonEmpty,
      options,
    })
    .superRefine(oneRight),
]);

/**
 * A question as the site uses it: choice questions carry their option texts and `answer` as the
 * indices of the right ones (one index for single choice and scenario), as quiz, exam and
 * scoring code — and every exam already handed out — have always had them.
 */
export const questionSchema = authoredQuestion.transform((q) => {
  if (q.type !== 'single' && q.type !== 'multiple' && q.type !== 'scenario') return q;
  const { options, correct } = keyOf(q.options);
  return q.type === 'multiple' ? { ...q, options, answer: correct } : { ...q, options, answer: correct[0]! };
});
export type AuthoredQuestion = z.input<typeof questionSchema>;
export type Question = z.infer<typeof questionSchema>;

export const quizBankSchema = z.strictObject({
  title: nonEmpty,
  summary: nonEmpty,
  roles: z.array(slug).default([]),
  questions: z.array(questionSchema).min(1),
});
export type QuizBank = z.infer<typeof quizBankSchema>;
