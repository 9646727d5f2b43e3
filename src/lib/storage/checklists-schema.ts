/** Stored checklists — parsed on every read (kv.ts) and on import (backup.ts). */
import * as z from 'zod/mini';
import { id, ms, parserOf } from './schema-common.ts';

const text = z.string().check(z.maxLength(500));
/**
 * One item of a run. `done` means answered; `result` and `action` came later and are optional, so
 * runs stored before them still read (a done item without a result counts as 合格).
 */
const ticks = z.record(
  id,
  z.object({
    done: z.boolean(),
    note: z.optional(text),
    result: z.optional(z.enum(['pass', 'fail', 'na'])),
    /** 整改措施: what is being done about a failed item */
    action: z.optional(text),
    /** photos of a failed item (files in the phone's photo store under these ids) */
    photos: z.optional(z.array(id).check(z.maxLength(10))),
  }),
);
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
