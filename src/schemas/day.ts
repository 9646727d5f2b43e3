import { z } from 'astro/zod';
import { findable, nonEmpty, pageAnchor, slug } from './common.ts';

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间写成 24 小时制 HH:MM，如 07:30');

const routine = z.strictObject({ when: nonEmpty, task: nonEmpty, ref: pageAnchor.optional() });

export const daySchema = z.strictObject({
  ...findable,
  role: slug,
  slots: z
    .array(
      z.strictObject({
        time: clock,
        end: clock.optional(),
        title: nonEmpty,
        tasks: z.array(nonEmpty).min(1),
        ref: pageAnchor.optional(),
      }),
    )
    .min(3),
  weekly: z.array(routine).default([]),
  monthly: z.array(routine).default([]),
});
export type DayData = z.infer<typeof daySchema>;
