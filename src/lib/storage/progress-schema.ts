/** Stored progress — parsed on every read (kv.ts) and on import (backup.ts). */
import * as z from 'zod/mini';
import { id, ms, parserOf } from './schema-common.ts';

export const progressSchema = z.object({
  quiz: z.record(id, z.object({ attempts: z.array(z.object({ at: ms, correct: z.number().check(z.nonnegative()), total: z.number().check(z.nonnegative()) })) })),
  answers: z.record(id, z.object({ bank: id, correct: z.boolean(), at: ms, wrongCount: z.number().check(z.nonnegative()) })),
  /** reading items of a learning path the person marked as read, by page ref */
  reads: z._default(z.record(id, ms), {}),
});
export type Progress = z.infer<typeof progressSchema>;
export const emptyProgress = (): Progress => ({ quiz: {}, answers: {}, reads: {} });

export const parseProgress = parserOf<Progress>(progressSchema);
