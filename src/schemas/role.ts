import { z } from 'astro/zod';
import { findable, nonEmpty, pageAnchor, slug } from './common.ts';

export const pathItem = z.strictObject({
  kind: z.enum(['read', 'quiz', 'drill', 'checklist', 'cards']),
  ref: z.string().min(1),
  label: z.string().optional(),
  /** pass mark in percent, for quizzes and drills */
  pass: z.number().min(0).max(100).optional(),
});

export const roleSchema = z.strictObject({
  ...findable,
  order: z.number().int().default(100),
  actor: slug,
  posts: z.array(z.strictObject({ name: nonEmpty, duties: z.array(nonEmpty).min(1) })).default([]),
  duties: z.array(nonEmpty).min(1),
  kpis: z.array(z.strictObject({ name: nonEmpty, target: nonEmpty, source: z.string().optional() })).default([]),
  rhythm: z
    .strictObject({
      daily: z.array(nonEmpty).default([]),
      weekly: z.array(nonEmpty).default([]),
      monthly: z.array(nonEmpty).default([]),
    })
    .default({ daily: [], weekly: [], monthly: [] }),
  mustKnow: z.array(z.strictObject({ text: nonEmpty, ref: pageAnchor })).default([]),
  path: z.array(pathItem).default([]),
});
export type RoleData = z.infer<typeof roleSchema>;
