/** Stored checklists — parsed on every read (kv.ts) and on import (backup.ts). */
import * as z from 'zod/mini';
import { id, ms, parserOf } from './schema-common.ts';

const ticks = z.record(id, z.object({ done: z.boolean(), note: z.optional(z.string().check(z.maxLength(500))) }));
export const checklistRunSchema = z.object({
  period: id,
  savedAt: ms,
  by: z.string().check(z.maxLength(50)),
  ticks,
  signoff: z.optional(z.object({ name: z.string().check(z.minLength(1), z.maxLength(50)), date: z.string() })),
});
export type ChecklistRun = z.infer<typeof checklistRunSchema>;
export const checklistsSchema = z.record(
  id,
  z.object({
    current: z.optional(z.object({ period: id, ticks })),
    history: z.array(checklistRunSchema),
  }),
);
export type Checklists = z.infer<typeof checklistsSchema>;

export const parseChecklists = parserOf<Checklists>(checklistsSchema);
