/** Stored cards — parsed on every read (kv.ts) and on import (backup.ts). */
import * as z from 'zod/mini';
import { id, ms, parserOf } from './schema-common.ts';

export const cardStateSchema = z.object({
  due: ms,
  stability: z.number(),
  difficulty: z.number(),
  elapsed_days: z.number(),
  scheduled_days: z.number(),
  learning_steps: z.number(),
  reps: z.number(),
  lapses: z.number(),
  state: z.number().check(z.int(), z.minimum(0), z.maximum(3)),
  last_review: z.optional(ms),
  /** the last rating given (1 忘记 … 4 简单); cards stored before it was kept have none */
  rating: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(4))),
  /** when the card was first rated, for the daily new-card limit; cards stored before it was kept have none */
  introduced: z.optional(ms),
});
export type CardState = z.infer<typeof cardStateSchema>;
export const cardsSchema = z.record(id, cardStateSchema);
export type Cards = z.infer<typeof cardsSchema>;

export const parseCards = parserOf<Cards>(cardsSchema);
