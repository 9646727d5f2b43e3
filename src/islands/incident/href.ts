import type { Incident } from '../../lib/storage/incidents-schema.ts';

/** Where an incident's run (or, once finished, its record) opens. */
export const runHref = (inc: Incident) => `/emergency/${inc.plan}/run/?run=${encodeURIComponent(inc.id)}`;
