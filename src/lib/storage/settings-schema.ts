/** Stored settings — parsed on every read (kv.ts) and on import (backup.ts). */
import * as z from 'zod/mini';
import { id, ms, parserOf } from './schema-common.ts';

/**
 * readRate: 朗读 speed, written by the page script (0.8 / 0.95 / 1.15).
 * lastBackupAt: when a backup file or code was last made here, for a gentle reminder.
 */
export const settingsSchema = z.object({
  role: z.optional(id),
  largeText: z.boolean(),
  readRate: z.optional(z.number().check(z.minimum(0.5), z.maximum(2))),
  lastBackupAt: z.optional(ms),
  /** 编辑此页 links to the content editor, for trainers and HQ editors (我的 → 给编辑用) */
  editLinks: z.optional(z.boolean()),
});
export type Settings = z.infer<typeof settingsSchema>;
export const defaultSettings = (): Settings => ({ largeText: false });

export const parseSettings = parserOf<Settings>(settingsSchema);
