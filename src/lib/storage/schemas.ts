/**
 * Shapes of everything kept in the browser, one module per stored value so an island ships only
 * the checks for what it stores. zod/mini keeps each check small.
 */
export * from './progress-schema.ts';
export * from './cards-schema.ts';
export * from './checklists-schema.ts';
export * from './drills-schema.ts';
export * from './settings-schema.ts';
export * from './incidents-schema.ts';
export * from './exams-schema.ts';
import { parseCards } from './cards-schema.ts';
import { parseChecklists } from './checklists-schema.ts';
import { parseDrills } from './drills-schema.ts';
import { parseSittings } from './exams-schema.ts';
import { parseIncidents } from './incidents-schema.ts';
import { parseProgress } from './progress-schema.ts';
import { parseSettings } from './settings-schema.ts';

export const parsers = {
  progress: parseProgress,
  cards: parseCards,
  checklists: parseChecklists,
  drills: parseDrills,
  settings: parseSettings,
  incidents: parseIncidents,
  exams: parseSittings,
};
