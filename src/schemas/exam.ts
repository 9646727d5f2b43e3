import { z } from 'astro/zod';
import { nonEmpty, slug } from './common.ts';

export const examSchema = z.strictObject({
  title: nonEmpty,
  role: slug,
  banks: z.array(slug).min(1),
  tags: z.array(nonEmpty).default([]),
  count: z.number().int().positive(),
  minutes: z.number().int().positive(),
  pass: z.number().min(0).max(100),
  seed: z.string().default('1'),
});
export type ExamData = z.infer<typeof examSchema>;
