import { defaultSettings, emptyProgress, parsers, type Cards, type Checklists, type Drills } from '../lib/storage/schemas.ts';
import { stored } from './persist.ts';

export const progress = stored('progress', parsers.progress, emptyProgress);
export const cards = stored('cards', parsers.cards, (): Cards => ({}));
export const checklists = stored('checklists', parsers.checklists, (): Checklists => ({}));
export const drills = stored('drills', parsers.drills, (): Drills => ({}));
export const settings = stored('settings', parsers.settings, defaultSettings);
