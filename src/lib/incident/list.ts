/** The incidents on this phone as a list, and changes to one of them that leave the others alone. */
import type { Incident, Incidents } from '../storage/incidents-schema.ts';

export const isOpen = (inc: Incident) => inc.finishedAt === undefined;

/** Every incident on the phone, the latest report first; `open` for those not yet finished. */
export function listIncidents(all: Incidents, open?: boolean): Incident[] {
  return Object.values(all)
    .filter((i) => open === undefined || isOpen(i) === open)
    .sort((a, b) => b.reportedAt - a.reportedAt);
}

/** Applies a change to one incident in the stored map; other incidents are untouched. */
export function change(all: Incidents, id: string, fn: (inc: Incident) => Incident): Incidents {
  const inc = all[id];
  if (!inc) return all;
  const next = fn(inc);
  return next === inc ? all : { ...all, [id]: next };
}

export function remove(all: Incidents, id: string): Incidents {
  const { [id]: _gone, ...rest } = all;
  return rest;
}
