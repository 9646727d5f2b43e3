/**
 * Every value a backup holds, read and replaced together: 我的's backups, imports and set-aside
 * restores all go through here, so a store added later cannot be forgotten by one of them.
 */
import type { AllData } from '../lib/storage/backup.ts';
import { defaultSettings, emptyProgress } from '../lib/storage/schemas.ts';
import { cards } from './cards.ts';
import { checklists } from './checklists.ts';
import { drills } from './drills.ts';
import { exams } from './exams.ts';
import { incidents } from './incidents.ts';
import { progress } from './progress.ts';
import { settings } from './settings.ts';

export function readAll(): AllData {
  return { progress: progress.get(), cards: cards.get(), checklists: checklists.get(), drills: drills.get(), settings: settings.get(), incidents: incidents.get(), exams: exams.get() };
}

export function replaceAll(d: AllData) {
  progress.replace(d.progress);
  cards.replace(d.cards);
  checklists.replace(d.checklists);
  drills.replace(d.drills);
  settings.replace(d.settings);
  if (d.incidents) incidents.replace(d.incidents);
  if (d.exams) exams.replace(d.exams);
}

export function clearAll() {
  replaceAll({ progress: emptyProgress(), cards: {}, checklists: {}, drills: {}, settings: defaultSettings(), incidents: {}, exams: {} });
}

/** Records when a backup was made, for 我的's reminder. */
export function markBackedUp(now = Date.now()) {
  settings.update((s) => ({ ...s, lastBackupAt: now }));
}
