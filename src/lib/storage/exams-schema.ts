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
  /** the latest time this sitting has seen, so setting the phone's clock back gains nothing */
  lastSeenAt: z.optional(ms),
  clockWentBack: z.optional(z.boolean()),
});
export type ExamSitting = z.infer<typeof examSittingSchema>;
export const sittingsSchema = z.record(z.string().check(z.maxLength(200)), examSittingSchema);
export type Sittings = z.infer<typeof sittingsSchema>;
export const parseSittings = parserOf<Sittings>(sittingsSchema);
