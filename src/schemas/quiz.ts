import { z } from 'astro/zod';
import { nonEmpty, pageAnchor, slug } from './common.ts';
import { factIds, type FactId } from './project.ts';

const base = {
  id: slug,
  prompt: nonEmpty,
  explain: nonEmpty,
  /** page id + anchor where the answer is written, e.g. handbook/service/request-flow#limit-urgent */
  source: pageAnchor,
  tags: z.array(nonEmpty).default([]),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]).default(1),
};

const options = z.array(nonEmpty).min(2).max(6);

export const questionSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...base, type: z.literal('single'), options, answer: z.number().int().min(0) }),
  z.strictObject({ ...base, type: z.literal('multiple'), options, answer: z.array(z.number().int().min(0)).min(1) }),
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
  z.strictObject({
    ...base,
    type: z.literal('scenario'),
    situation: nonEmpty,
    options,
    answer: z.number().int().min(0),
  }),
]);
export type Question = z.infer<typeof questionSchema>;

export const quizBankSchema = z.strictObject({
  title: nonEmpty,
  summary: nonEmpty,
  roles: z.array(slug).default([]),
  questions: z.array(questionSchema).min(1),
});
export type QuizBank = z.infer<typeof quizBankSchema>;
