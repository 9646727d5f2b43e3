import { defaultSettings, parseSettings } from '../lib/storage/settings-schema.ts';
import { stored } from './persist.ts';

export const settings = stored('settings', parseSettings, defaultSettings);
