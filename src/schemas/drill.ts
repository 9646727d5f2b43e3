import { z } from 'astro/zod';
import { nonEmpty, slug } from './common.ts';

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
  nodes: z.record(
    slug,
    z.strictObject({
      text: nonEmpty,
      /** an ending node has no choices */
      end: z.boolean().default(false),
      choices: z.array(drillChoice).default([]),
    }),
  ),
});
export type DrillData = z.infer<typeof drillSchema>;
