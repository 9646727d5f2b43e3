import { z } from 'astro/zod';
import { CADENCES } from '../lib/labels.ts';
import { nonEmpty, pageAnchor, slug, sources } from './common.ts';

export const checklistSchema = z.strictObject({
  title: nonEmpty,
  summary: nonEmpty,
  role: slug,
  cadence: z.enum(CADENCES),
  items: z.array(z.strictObject({ id: slug, text: nonEmpty, source: pageAnchor.optional() })).min(1),
  signoff: z.boolean().default(false),
  sources,
});
export type ChecklistData = z.infer<typeof checklistSchema>;
