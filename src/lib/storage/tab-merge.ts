/**
 * Two tabs (or a tab and WeChat's page of the same site) writing one stored value at the same
 * moment: each write is a whole value, so the later one drops what the other just added. When a
 * tab hears another's write, it merges what it holds into what arrived and writes the result back
 * if anything of its own was missing. Merges are "theirs, plus what only mine has": applied again
 * to their own result they change nothing, so two tabs settle after one exchange.
 *
 * A value the other tab no longer has at all (清空, a restore) is followed, not merged back: only
 * records both sides hold are merged field by field.
 */
import type { Checklists } from './checklists-schema.ts';
import type { ExamSitting, Sittings } from './exams-schema.ts';
import type { Incident, Incidents } from './incidents-schema.ts';

/** The merged value, or null when theirs already holds everything mine does (nothing to write back). */
export type TabMerge<T> = (mine: T, theirs: T) => T | null;

/** Same data, whatever the key order and whether an absent field is written as undefined. */
export function sameData(a: unknown, b: unknown): boolean {
  const canon = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canon)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
              .sort()
              .map((k) => [k, canon((v as Record<string, unknown>)[k])]),
          )
        : v;
  return JSON.stringify(canon(a)) === JSON.stringify(canon(b));
}

/** For each record both sides hold, merge; records only one side holds follow theirs. */
const perRecord =
  <R>(merge: (mine: R, theirs: R) => R): TabMerge<Record<string, R>> =>
  (mine, theirs) => {
    const out: Record<string, R> = {};
    for (const [k, t] of Object.entries(theirs)) out[k] = Object.hasOwn(mine, k) ? merge(mine[k], t) : t;
    return sameData(out, theirs) ? null : out;
  };

const orUndefined = (x: boolean | undefined, y: boolean | undefined) => (x || y ? true : undefined);

/** A handed-in sitting is final; two open ones keep every answer (theirs where both answered). */
export function mergeSittingTabs(mine: ExamSitting, theirs: ExamSitting): ExamSitting {
  if (theirs.submittedAt !== undefined) return theirs;
  if (mine.submittedAt !== undefined) return mine;
  const max = (x?: number, y?: number) => (x === undefined ? y : y === undefined ? x : Math.max(x, y));
  return {
    ...theirs,
    answers: { ...mine.answers, ...theirs.answers },
    lastSeenAt: max(mine.lastSeenAt, theirs.lastSeenAt),
    elapsedMs: max(mine.elapsedMs, theirs.elapsedMs),
    clockWentBack: orUndefined(mine.clockWentBack, theirs.clockWentBack),
    clockJumped: orUndefined(mine.clockJumped, theirs.clockJumped),
  };
}

/** How many corrections a history has seen, including the ones it let go. */
const edits = (n: { edits: unknown[]; editsDropped?: number }) => n.edits.length + (n.editsDropped ?? 0);

/**
 * One incident open in two tabs: the newer version's fields, every step's most corrected mark
 * (a tap and its undo are both corrections, so the later state wins), and every call made in
 * either. A deletion wins over any change.
 */
export function mergeIncidentTabs(mine: Incident, theirs: Incident, maxCalls: number): Incident {
  if (theirs.deletedAt !== undefined) return theirs;
  if (mine.deletedAt !== undefined) return mine;
  const base = mine.updatedAt > theirs.updatedAt ? mine : theirs;
  const marks: Incident['marks'] = { ...mine.marks };
  for (const [step, t] of Object.entries(theirs.marks)) {
    const m = marks[step];
    marks[step] = m && edits(m) > edits(t) ? m : t;
  }
  const report = edits({ edits: mine.reportEdits, editsDropped: mine.reportEditsDropped }) > edits({ edits: theirs.reportEdits, editsDropped: theirs.reportEditsDropped }) ? mine : theirs;
  const seen = new Set(theirs.calls.map((c) => `${c.at}|${c.contact}`));
  const extra = mine.calls.filter((c) => !seen.has(`${c.at}|${c.contact}`));
  const calls = extra.length ? [...theirs.calls, ...extra].sort((a, b) => a.at - b.at) : theirs.calls;
  const over = Math.max(0, calls.length - maxCalls);
  const theirPhotos = new Set((theirs.photos ?? []).map((p) => p.id));
  const morePhotos = (mine.photos ?? []).filter((p) => !theirPhotos.has(p.id));
  const dropped = Math.max(mine.callsDropped ?? 0, theirs.callsDropped ?? 0) + over;
  return {
    ...base,
    marks,
    reportedAt: report.reportedAt,
    reportEdits: report.reportEdits,
    reportEditsDropped: report.reportEditsDropped,
    calls: calls.slice(over),
    callsDropped: dropped || undefined,
    // photos taken in either tab (their files are in the shared photo store already)
    photos: morePhotos.length ? [...(theirs.photos ?? []), ...morePhotos] : (theirs.photos ?? base.photos),
    updatedAt: Math.max(mine.updatedAt, theirs.updatedAt),
  };
}

/**
 * A checklist filled in two tabs: the current round keeps every item touched in either, unless one
 * side has saved the round since (then the saved side's fresh round is the truth); saved rounds
 * from both are kept.
 */
export function mergeChecklistTabs(mine: Checklists[string], theirs: Checklists[string]): Checklists[string] {
  const key = (r: { period: string; savedAt: number }) => `${r.period}|${r.savedAt}`;
  const theirKeys = new Set(theirs.history.map(key));
  const onlyMine = mine.history.filter((r) => !theirKeys.has(key(r)));
  const history = onlyMine.length ? [...theirs.history, ...onlyMine].sort((a, b) => a.savedAt - b.savedAt) : theirs.history;
  const theySaved = theirs.history.length > mine.history.length - onlyMine.length;
  let current = theirs.current;
  if (onlyMine.length && !theySaved) current = mine.current;
  else if (!onlyMine.length && !theySaved && mine.current && theirs.current && mine.current.period === theirs.current.period)
    current = { period: theirs.current.period, ticks: { ...mine.current.ticks, ...theirs.current.ticks } };
  return { history, current };
}

export const sittingsTabs: TabMerge<Sittings> = perRecord(mergeSittingTabs);
/** `maxCalls`: the schema's MAX_CALLS, passed in so this lazy chunk does not pull the schema's. */
export const incidentsTabs = (maxCalls: number): TabMerge<Incidents> => perRecord((m, t) => mergeIncidentTabs(m, t, maxCalls));
export const checklistsTabs: TabMerge<Checklists> = perRecord(mergeChecklistTabs);
