/** The incidents on this phone as a list, and changes to one of them that leave the others alone. */
import type { Incident, Incidents } from '../storage/incidents-schema.ts';

export const isDeleted = (inc: Incident) => inc.deletedAt !== undefined;
export const isOpen = (inc: Incident) => inc.finishedAt === undefined && !isDeleted(inc);

/** One incident, unless it was deleted. */
export const liveIncident = (all: Incidents, id: string): Incident | undefined => (all[id] && !isDeleted(all[id]) ? all[id] : undefined);

/** Every incident on the phone, the latest report first; `open` for those not yet finished. */
export function listIncidents(all: Incidents, open?: boolean): Incident[] {
  return Object.values(all)
    .filter((i) => !isDeleted(i) && (open === undefined || isOpen(i) === open))
    .sort((a, b) => b.reportedAt - a.reportedAt);
}

/** Applies a change to one incident in the stored map; other incidents are untouched. */
export function change(all: Incidents, id: string, fn: (inc: Incident) => Incident): Incidents {
  const inc = liveIncident(all, id);
  if (!inc) return all;
  const next = fn(inc);
  return next === inc ? all : { ...all, [id]: next };
}

/** Deletes an incident: what it said is gone; a marker of the deletion stays for backups to respect. */
export function remove(all: Incidents, id: string, now: number): Incidents {
  const inc = all[id];
  if (!inc || isDeleted(inc)) return all;
  const gone: Incident = {
    ...inc,
    steps: [],
    fields: [],
    answers: [],
    reportEdits: [],
    marks: {},
    calls: [],
    people: [],
    note: '',
    cause: '',
    measures: '',
    followUp: '',
    updatedAt: Math.max(now, inc.updatedAt + 1),
    deletedAt: now,
  };
  delete gone.reportEditsDropped;
  delete gone.photos;
  delete gone.callsDropped;
  return { ...all, [id]: gone };
}
