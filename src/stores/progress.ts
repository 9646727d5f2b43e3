import { emptyProgress, parseProgress } from '../lib/storage/progress-schema.ts';
import { stored } from './persist.ts';

export const progress = stored('progress', parseProgress, emptyProgress);
