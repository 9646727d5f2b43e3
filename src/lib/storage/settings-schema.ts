/** Stored settings — parsed on every read (kv.ts) and on import (backup.ts). */
import * as z from 'zod/mini';
import { id, parserOf } from './schema-common.ts';

export const settingsSchema = z.object({ role: z.optional(id), largeText: z.boolean() });
export type Settings = z.infer<typeof settingsSchema>;
export const defaultSettings = (): Settings => ({ largeText: false });

export const parseSettings = parserOf<Settings>(settingsSchema);
