import { parseIncidents, type Incidents } from '../lib/storage/incidents-schema.ts';
import { stored } from './persist.ts';

/** Incidents handled on this phone: they stay here unless the person exports or shares them. */
export const incidents = stored('incidents', parseIncidents, (): Incidents => ({}));
