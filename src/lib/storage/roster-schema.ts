/**
 * The trainer console's staff list: who should take which exam (by post), in which project, since
 * when. Kept with the console's results and moved with them (lib/exam/console-move.ts).
 */
import * as z from 'zod/mini';
import { ms, parserOf } from './schema-common.ts';

export const personSchema = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(40)),
  /** 工号; empty when the list has none (results then match by name) */
  number: z.string().check(z.maxLength(40)),
  /** role id (content/roles) */
  role: z.string().check(z.minLength(1), z.maxLength(40)),
  project: z.string().check(z.maxLength(60)),
  /** 入职日期 as YYYY-MM-DD; absent when the list has no date */
  joined: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
});
export type Person = z.infer<typeof personSchema>;

/** Far above a company's onboarding list; the import refuses more (roster/parse.ts) rather than the store setting it aside. */
export const MAX_PEOPLE = 20_000;
export const DEFAULT_OVERDUE_DAYS = 30;

export const rosterSchema = z.object({
  people: z.array(personSchema).check(z.maxLength(MAX_PEOPLE)),
  /** an exam not passed this many days after 入职日期 is 逾期 */
  overdueDays: z._default(z.number().check(z.int(), z.minimum(1), z.maximum(365)), DEFAULT_OVERDUE_DAYS),
  updatedAt: z.optional(ms),
});
export type Roster = z.infer<typeof rosterSchema>;
export const parseRoster = parserOf<Roster>(rosterSchema);
export const emptyRoster = (): Roster => ({ people: [], overdueDays: DEFAULT_OVERDUE_DAYS });
