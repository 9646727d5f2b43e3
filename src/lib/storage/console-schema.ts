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
  // MAX_RESULTS in console.ts keeps imports under this, so a full console is never set aside
  codes: z.array(z.string().check(z.maxLength(20000))).check(z.maxLength(20000)),
  /** by result key (hash|number|submittedAt); absent for codes stored before scores were kept */
  graded: z._default(z.record(z.string().check(z.maxLength(200)), gradedSchema), {}),
});
export type ConsoleData = z.infer<typeof consoleSchema>;
export const parseConsole = parserOf<ConsoleData>(consoleSchema);

const signingKey = z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/));
/**
 * This browser's exam-signing keys: its own first, then colleagues' keys the trainer chose to
 * trust, each with whose it is. The stored limit is far above what an import may reach
 * (keys.ts refuses a key past its limit), so a long list is never set aside as damaged.
 */
export const trainerSchema = z.object({
  keys: z.array(signingKey).check(z.maxLength(500)),
  owners: z._default(z.record(signingKey, z.object({ name: z.string().check(z.maxLength(40)), at: ms })), {}),
});
export type TrainerData = z.infer<typeof trainerSchema>;
export const parseTrainer = parserOf<TrainerData>(trainerSchema);
