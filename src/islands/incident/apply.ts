import type { Incident } from '../../lib/storage/incidents-schema.ts';

/** How a run's parts change the stored incident: the island applies it and saves (IncidentRun.tsx). */
export type Apply = (fn: (inc: Incident, now: number) => Incident) => void;
