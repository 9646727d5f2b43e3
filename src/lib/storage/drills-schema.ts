/** Stored drills — parsed on every read (kv.ts) and on import (backup.ts). */
import * as z from 'zod/mini';
import { id, ms, parserOf } from './schema-common.ts';

export const drillsSchema = z.record(id, z.object({ attempts: z.array(z.object({ at: ms, score: z.number(), passed: z.boolean(), seed: z.optional(z.string().check(z.maxLength(40))) })) }));
export type Drills = z.infer<typeof drillsSchema>;

export const parseDrills = parserOf<Drills>(drillsSchema);
