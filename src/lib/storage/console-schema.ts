/** The trainer console keeps the raw result codes it accepted; everything else is recomputed. */
import * as z from 'zod/mini';
import { parserOf } from './schema-common.ts';

export const consoleSchema = z.object({ codes: z.array(z.string().check(z.maxLength(20000))).check(z.maxLength(20000)) });
export type ConsoleData = z.infer<typeof consoleSchema>;
export const parseConsole = parserOf<ConsoleData>(consoleSchema);
