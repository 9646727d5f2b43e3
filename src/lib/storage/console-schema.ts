/**
 * The trainer console keeps the raw result codes it accepted, the score it gave each (so a result
 * outlives a change of the question banks), and the keys it signs and checks custom exams with.
 */
import * as z from 'zod/mini';
import { ms, parserOf } from './schema-common.ts';

export const gradedSchema = z.object({
  hash: z.string().check(z.maxLength(40)),
  percent: z.number(),
  correct: z.number(),
  total: z.number(),
  passed: z.boolean(),
  /** how the exam's settings were verified when the result was accepted */
  by: z.enum(['preset', 'signature']),
  at: ms,
});
export type Graded = z.infer<typeof gradedSchema>;

export const consoleSchema = z.object({
  codes: z.array(z.string().check(z.maxLength(20000))).check(z.maxLength(20000)),
  /** by result key (hash|number|submittedAt); absent for codes stored before scores were kept */
  graded: z._default(z.record(z.string().check(z.maxLength(200)), gradedSchema), {}),
});
export type ConsoleData = z.infer<typeof consoleSchema>;
export const parseConsole = parserOf<ConsoleData>(consoleSchema);

/** This browser's exam-signing keys: its own first, then keys imported from the trainer's other consoles. */
export const trainerSchema = z.object({ keys: z.array(z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/))).check(z.maxLength(20)) });
export type TrainerData = z.infer<typeof trainerSchema>;
export const parseTrainer = parserOf<TrainerData>(trainerSchema);
