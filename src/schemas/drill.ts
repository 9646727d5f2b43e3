import { z } from 'astro/zod';
import { nonEmpty, slug } from './common.ts';
import { keyedList } from './keyed-list.ts';

export const drillChoice = z.strictObject({
  text: nonEmpty,
  /** id of the bound plan's step this choice performs */
  step: slug.optional(),
  minutes: z.number().min(0),
  /** id of the plan's never-do rule this choice breaks */
  critical: slug.optional(),
  feedback: z.string().optional(),
  next: slug,
});

export const drillSchema = z.strictObject({
  title: nonEmpty,
  summary: nonEmpty,
  plan: slug,
  role: slug,
  startClock: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  start: slug,
  /** situations as a list in the file (`- id: alarm`), by id for the site */
  nodes: keyedList(
    'id',
    z.strictObject({
      id: slug,
      text: nonEmpty,
      /** an ending node has no choices */
      end: z.boolean().default(false),
      choices: z.array(drillChoice).default([]),
    }),
    '情境编号',
  ),
});
export type DrillData = z.infer<typeof drillSchema>;
