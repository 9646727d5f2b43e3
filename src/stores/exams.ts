import { parseSittings, type Sittings } from '../lib/storage/exams-schema.ts';
import { stored } from './persist.ts';

// Named as stored on phones and in backup files (the 考试记录 section): each exam sat on this phone,
// answers so far and the handed-in result code.
export const exams = stored('exams', parseSittings, (): Sittings => ({}));
