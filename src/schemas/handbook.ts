import { z } from 'astro/zod';
import { findable, slug, step, timeLimit } from './common.ts';

export const handbookSchema = z.strictObject({
  ...findable,
  /** order inside its section index */
  order: z.number().int().default(100),
  roles: z.array(slug).default([]),
  timeLimits: z.array(timeLimit).default([]),
  steps: z.array(step).default([]),
});
export type HandbookData = z.infer<typeof handbookSchema>;
