/**
 * Shapes of everything kept in the browser. zod/mini keeps the check small enough to ship in
 * every island; each value is parsed on read (kv.ts) and on import (backup.ts).
 */
import * as z from 'zod/mini';
import type { Parser } from './kv.ts';

const ms = z.number().check(z.nonnegative());
const id = z.string().check(z.minLength(1), z.maxLength(200));

export const progressSchema = z.object({
  quiz: z.record(id, z.object({ attempts: z.array(z.object({ at: ms, correct: z.number().check(z.nonnegative()), total: z.number().check(z.nonnegative()) })) })),
  answers: z.record(id, z.object({ bank: id, correct: z.boolean(), at: ms, wrongCount: z.number().check(z.nonnegative()) })),
  /** reading items of a learning path the person marked as read, by page ref */
  reads: z._default(z.record(id, ms), {}),
});
export type Progress = z.infer<typeof progressSchema>;
export const emptyProgress = (): Progress => ({ quiz: {}, answers: {}, reads: {} });

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
});
export type CardState = z.infer<typeof cardStateSchema>;
export const cardsSchema = z.record(id, cardStateSchema);
export type Cards = z.infer<typeof cardsSchema>;

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

export const drillsSchema = z.record(id, z.object({ attempts: z.array(z.object({ at: ms, score: z.number(), passed: z.boolean() })) }));
export type Drills = z.infer<typeof drillsSchema>;

export const settingsSchema = z.object({ role: z.optional(id), largeText: z.boolean() });
export type Settings = z.infer<typeof settingsSchema>;
export const defaultSettings = (): Settings => ({ largeText: false });

/** zod's first problem, in a line a person can read */
export function parserOf<T>(schema: { safeParse: (v: unknown) => { success: boolean; data?: T; error?: { issues: { path: PropertyKey[]; message: string }[] } } }): Parser<T> {
  return (value) => {
    const r = schema.safeParse(value);
    if (r.success) return { ok: true, value: r.data as T };
    const first = r.error?.issues[0];
    return { ok: false, error: first ? `${first.path.map(String).join('.') || '根'}：${first.message}` : '格式不对' };
  };
}

export const parsers = {
  progress: parserOf<Progress>(progressSchema),
  cards: parserOf<Cards>(cardsSchema),
  checklists: parserOf<Checklists>(checklistsSchema),
  drills: parserOf<Drills>(drillsSchema),
  settings: parserOf<Settings>(settingsSchema),
};
