import { parseDrills, type Drills } from '../lib/storage/drills-schema.ts';
import { stored } from './persist.ts';

export const drills = stored('drills', parseDrills, (): Drills => ({}));
