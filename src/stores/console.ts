import { parseConsole } from '../lib/storage/console-schema.ts';
import { stored } from './persist.ts';

export const consoleData = stored('console', parseConsole, () => ({ codes: [] as string[] }));
