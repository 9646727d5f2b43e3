/**
 * A live run of an emergency plan (现场处置). Pure: every change takes the time it happens at and
 * returns a new incident, so the island saves after each tap and tests need no clock.
 * Corrections never overwrite silently: a changed time keeps the old one, the new one and when.
 */
import { MAX, MAX_CALLS, MAX_EDITS, MAX_PHOTOS, type Incident, type IncidentPerson, type IncidentStep, type PhotoRef, type StepMark, type TimeEdit } from '../storage/incidents-schema.ts';
import { isOpen } from './list.ts';

export { change, isDeleted, isOpen, liveIncident, listIncidents, remove } from './list.ts';

/** The parts of a plan a run needs, as the run page receives them. */
export interface RunPlan {
  id: string;
  title: string;
  project: string;
  steps: IncidentStep[];
  /** the plan's 事后要记录 fields */
  fields: string[];
}

/** A number a step's text tells staff to dial, as a link: 拨打 120 急救. */
export interface StepCall {
  href: string;
  text: string;
  label: string;
}

/** A phone on the run page: this project's number, or how to reach them when there is none. */
export interface RunContact {
  id: string;
  label: string;
  phone?: string;
  /** the tel: link for the phone */
  tel?: string;
  how?: string;
  /** a number this project must supply and has not */
  missing: boolean;
}

const clip = (s: string, max: number) => s.slice(0, max);
const touch = (inc: Incident, now: number, change: Partial<Incident>): Incident => ({ ...inc, ...change, updatedAt: now });

/** The live run's note (the record view writes it through fields.ts). */
export const setNote = (inc: Incident, value: string, now: number) => touch(inc, now, { note: clip(value, MAX.note) });

export const newIncidentId = (now: number, rand = Math.random) => `i-${now.toString(36)}-${Math.floor(rand() * 36 ** 4).toString(36)}`;

export function startIncident(plan: RunPlan, now: number, id = newIncidentId(now)): Incident {
  return {
    id,
    plan: plan.id,
    title: plan.title,
    project: plan.project,
    steps: plan.steps,
    fields: plan.fields,
    answers: plan.fields.map(() => ''),
    reportedAt: now,
    reportEdits: [],
    createdAt: now,
    updatedAt: now,
    marks: {},
    calls: [],
    people: [],
    note: '',
    cause: '',
    measures: '',
    followUp: '',
  };
}

const markOf = (inc: Incident, step: string): StepMark => inc.marks[step] ?? { edits: [] };

/** A history with one more entry: past its limit the oldest go, and how many did is counted. */
function appended<T>(list: T[], item: T, max: number, dropped = 0): [T[], number] {
  const over = Math.max(0, list.length + 1 - max);
  return [[...list, item].slice(over), dropped + over];
}
const corrected = (m: StepMark, edit: TimeEdit) => {
  const [edits, dropped] = appended(m.edits, edit, MAX_EDITS.step, m.editsDropped);
  return { edits, editsDropped: dropped || undefined };
};
/** The history a mark carries over when its state changes. */
const history = ({ edits, editsDropped }: StepMark) => ({ edits, editsDropped });
const withMark = (inc: Incident, step: string, now: number, mark: Incident['marks'][string]) =>
  inc.steps.some((s) => s.id === step) ? touch(inc, now, { marks: { ...inc.marks, [step]: mark } }) : inc;

/**
 * A tap on a step: done now. A step already done keeps its time (a second tap changes nothing).
 * A phone clock set back reads earlier than the report: the step is timed at the report and
 * marked, so the record asks for the time to be checked instead of showing minute 0 as fact.
 */
export function stamp(inc: Incident, step: string, now: number): Incident {
  const m = markOf(inc, step);
  if (m.doneAt !== undefined) return inc;
  const behind = now < inc.reportedAt;
  return withMark(inc, step, now, { ...history(m), doneAt: behind ? inc.reportedAt : now, clockBehind: behind || undefined });
}

/** Takes a stamp back (a wrong tap); the record keeps that it was there. */
export function unstamp(inc: Incident, step: string, now: number): Incident {
  const m = markOf(inc, step);
  if (m.doneAt === undefined) return inc;
  return withMark(inc, step, now, corrected(m, { from: m.doneAt, to: null, at: now }));
}

/** Why a corrected step time cannot be taken, or undefined when it can. */
export function stampProblem(reportedAt: number, to: number, now: number): string | undefined {
  if (to > now) return '时间不能晚于现在';
  if (to < reportedAt) return '时间不能早于接报时间';
  return undefined;
}

export function editStamp(inc: Incident, step: string, to: number, now: number): Incident {
  const m = markOf(inc, step);
  if (m.doneAt === undefined || m.doneAt === to || stampProblem(inc.reportedAt, to, now)) return inc;
  return withMark(inc, step, now, { ...m, doneAt: to, clockBehind: undefined, ...corrected(m, { from: m.doneAt, to, at: now }) });
}

/** Skipping needs a reason; a step already done cannot be skipped. */
export function skip(inc: Incident, step: string, reason: string, now: number): Incident {
  const m = markOf(inc, step);
  const why = clip(reason.trim(), MAX.reason);
  if (!why || m.doneAt !== undefined) return inc;
  return withMark(inc, step, now, { ...history(m), skipped: { reason: why, at: now } });
}

export function unskip(inc: Incident, step: string, now: number): Incident {
  const m = markOf(inc, step);
  return m.skipped ? withMark(inc, step, now, history(m)) : inc;
}

/** Why a corrected report time cannot be taken, or undefined when it can. */
export function reportProblem(inc: Incident, to: number, now: number): string | undefined {
  if (to > now) return '接报时间不能晚于现在';
  const stamps = Object.values(inc.marks).flatMap((m) => (m.doneAt === undefined ? [] : [m.doneAt]));
  if (stamps.some((t) => t < to)) return '接报时间不能晚于已记下的步骤时间';
  return undefined;
}

export function editReport(inc: Incident, to: number, now: number): Incident {
  if (to === inc.reportedAt || reportProblem(inc, to, now)) return inc;
  const [reportEdits, dropped] = appended(inc.reportEdits, { from: inc.reportedAt, to, at: now }, MAX_EDITS.report, inc.reportEditsDropped);
  return touch(inc, now, { reportedAt: to, reportEdits, reportEditsDropped: dropped || undefined });
}

export function logCall(inc: Incident, c: { contact: string; label: string; phone: string }, now: number): Incident {
  const [calls, dropped] = appended(inc.calls, { ...c, at: now }, MAX_CALLS, inc.callsDropped);
  return touch(inc, now, { calls, callsDropped: dropped || undefined });
}

export function addPerson(inc: Incident, p: IncidentPerson, now: number): Incident {
  const person = { name: clip(p.name.trim(), MAX.name), role: clip(p.role.trim(), MAX.name), phone: clip(p.phone.trim(), MAX.phone) };
  if (!person.name && !person.phone) return inc;
  if (inc.people.length >= 50) return inc;
  return touch(inc, now, { people: [...inc.people, person] });
}

/** A photo stored for this run (its file is already in the photo store); past the limit it is refused, the run unchanged. */
export function addPhoto(inc: Incident, ref: PhotoRef, now: number): Incident {
  const photos = inc.photos ?? [];
  if (photos.length >= MAX_PHOTOS || photos.some((p) => p.id === ref.id)) return inc;
  return touch(inc, now, { photos: [...photos, ref] });
}

export function removePhoto(inc: Incident, id: string, now: number): Incident {
  return inc.photos?.some((p) => p.id === id) ? touch(inc, now, { photos: inc.photos.filter((p) => p.id !== id) }) : inc;
}

export function removePerson(inc: Incident, index: number, now: number): Incident {
  return index in inc.people ? touch(inc, now, { people: inc.people.filter((_, i) => i !== index) }) : inc;
}

export const finish = (inc: Incident, now: number): Incident => (isOpen(inc) ? touch(inc, now, { finishedAt: now }) : inc);

/**
 * What the next-step bar stamps: the first step in plan order that is neither done nor skipped and
 * is done in every incident. A step for one case only (「出现胸闷…」) is answered at the step
 * itself, 做了 or 不需要: one habitual tap on the bar once recorded a 120 call never made.
 */
export const nextStep = (inc: Incident): IncidentStep | undefined => inc.steps.find((s) => !s.condition && inc.marks[s.id]?.doneAt === undefined && !inc.marks[s.id]?.skipped);
