import { parseChecklists, type Checklists } from '../lib/storage/checklists-schema.ts';
import { stored } from './persist.ts';

export const checklists = stored('checklists', parseChecklists, (): Checklists => ({}));
