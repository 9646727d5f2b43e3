/**
 * Incidents handled on this phone (现场处置): open runs and finished records, keyed by incident id —
 * parsed on every read (kv.ts) and on import (backup.ts). A run carries the plan as it was when the
 * run started (titles, steps, record fields), so a record reads the same after the plan changes.
 */
import * as z from 'zod/mini';
import { id, ms, parserOf } from './schema-common.ts';

const text = (max: number) => z.string().check(z.maxLength(max));

/** Longest text each written field keeps: the run cuts input to these, so a save always passes its check. */
export const MAX = { note: 5000, text: 2000, answer: 1000, reason: 300, name: 50, phone: 40 };

/**
 * How many corrections a step and the report time keep. A longer history keeps its newest
 * entries and counts the ones it let go, so a run is never refused for being corrected often.
 */
export const MAX_EDITS = { step: 100, report: 50 };
/** Calls a run keeps, newest last; older ones are counted, not kept. */
export const MAX_CALLS = 300;
/** Photos one run keeps: each is about 150 KB in the photo store. */
export const MAX_PHOTOS = 60;

/** A correction: the time before, the time after (null: the stamp was taken back), and when it was made. */
const editSchema = z.object({ from: z.nullable(ms), to: z.nullable(ms), at: ms });
export type TimeEdit = z.infer<typeof editSchema>;

const markSchema = z.object({
  doneAt: z.optional(ms),
  skipped: z.optional(z.object({ reason: text(MAX.reason), at: ms })),
  edits: z.array(editSchema).check(z.maxLength(MAX_EDITS.step)),
  /** older corrections no longer kept (the record says how many) */
  editsDropped: z.optional(z.number().check(z.nonnegative())),
  /** tapped while the phone's clock read earlier than the report: timed at the report, to be checked */
  clockBehind: z.optional(z.boolean()),
});
export type StepMark = z.infer<typeof markSchema>;

const stepSchema = z.object({
  id,
  /** who does it, as this project names the post */
  role: text(100),
  action: text(600),
  withinMinutes: z.optional(z.number().check(z.positive())),
  when: z.optional(text(20)),
  critical: z.boolean(),
  /** only in this case (the plan's 适用情况): answered 做了 / 不需要, never by the next-step bar */
  condition: z.optional(text(60)),
});
export type IncidentStep = z.infer<typeof stepSchema>;

/** A photo taken during the run (the file is in the phone's photo store under `id`); `step`: the step it shows. */
const photoRefSchema = z.object({ id, step: z.optional(id), at: ms });
export type PhotoRef = z.infer<typeof photoRefSchema>;

const callSchema = z.object({ contact: id, label: text(120), phone: text(40), at: ms });
export type IncidentCall = z.infer<typeof callSchema>;
const personSchema = z.object({ name: text(MAX.name), role: text(MAX.name), phone: text(MAX.phone) });
export type IncidentPerson = z.infer<typeof personSchema>;

export const incidentSchema = z.object({
  id,
  plan: id,
  title: text(100),
  project: text(100),
  steps: z.array(stepSchema).check(z.maxLength(60)),
  /** the plan's 事后要记录 fields, and what was written for each (same order) */
  fields: z.array(text(300)).check(z.maxLength(30)),
  answers: z.array(text(MAX.answer)).check(z.maxLength(30)),
  /** 接报: the run's clock and every limit count from here */
  reportedAt: ms,
  reportEdits: z.array(editSchema).check(z.maxLength(MAX_EDITS.report)),
  reportEditsDropped: z.optional(z.number().check(z.nonnegative())),
  createdAt: ms,
  updatedAt: ms,
  finishedAt: z.optional(ms),
  marks: z.record(id, markSchema),
  calls: z.array(callSchema).check(z.maxLength(MAX_CALLS)),
  /** older calls no longer kept (the record says how many) */
  callsDropped: z.optional(z.number().check(z.nonnegative())),
  people: z.array(personSchema).check(z.maxLength(50)),
  photos: z.optional(z.array(photoRefSchema).check(z.maxLength(MAX_PHOTOS))),
  note: text(MAX.note),
  cause: text(MAX.text),
  measures: text(MAX.text),
  followUp: text(MAX.text),
  /**
   * Deleted on this phone: the record keeps only its id and times, so restoring an older backup
   * (where it was still open) does not bring it back — the newer deletion wins the merge.
   */
  deletedAt: z.optional(ms),
});
export type Incident = z.infer<typeof incidentSchema>;

export const incidentsSchema = z.record(id, incidentSchema);
export type Incidents = z.infer<typeof incidentsSchema>;

export const parseIncidents = parserOf<Incidents>(incidentsSchema);
