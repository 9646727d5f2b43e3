/** Exams in progress or done on this phone, keyed by exam hash and staff number — parsed on every read. */
import * as z from 'zod/mini';
import { responseSchema } from '../quiz/response-schema.ts';
import { ms, parserOf } from './schema-common.ts';

export const examSittingSchema = z.object({
  name: z.string().check(z.maxLength(40)),
  number: z.string().check(z.maxLength(40)),
  startedAt: ms,
  answers: z.record(z.string().check(z.maxLength(120)), responseSchema),
  submittedAt: z.optional(ms),
  code: z.optional(z.string().check(z.maxLength(20000))),
  /** this sitting's own seed for the order options are shown in */
  seed: z.optional(z.string().check(z.maxLength(40))),
  /** wall time of the last save; with elapsedMs it tells how long the page was closed since */
  lastSeenAt: z.optional(ms),
  /** exam time used at the last save, counted on the steady clock while the page was open */
  elapsedMs: z.optional(ms),
  clockWentBack: z.optional(z.boolean()),
  clockJumped: z.optional(z.boolean()),
});
export type ExamSitting = z.infer<typeof examSittingSchema>;
export const sittingsSchema = z.record(z.string().check(z.maxLength(200)), examSittingSchema);
export type Sittings = z.infer<typeof sittingsSchema>;
export const parseSittings = parserOf<Sittings>(sittingsSchema);
