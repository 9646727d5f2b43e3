import { parseSittings, type Sittings } from '../lib/storage/exams-schema.ts';
import { stored } from './persist.ts';

export const sittings = stored('exams', parseSittings, (): Sittings => ({}));
