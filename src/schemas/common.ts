import { z } from 'astro/zod';

/** Ids are the keys browser progress is stored under: lowercase ASCII, stable across edits. */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '只能用小写英文字母、数字和连字符（如 lift-entrapment）');

const text = z.string().trim().min(1, '不能为空');
export const nonEmpty = text;

/** Where a fact came from: a key of content/sources.yaml plus the section inside that document. */
export const sourceRef = z.strictObject({
  ref: text,
  section: text,
  note: z.string().optional(),
});
export type SourceRef = z.infer<typeof sourceRef>;

export const sources = z.array(sourceRef).min(1, '至少要写明一个出处');

/** A page id plus an anchor on it, e.g. "handbook/cleaning/garbage-retention#limit-gate" */
export const pageAnchor = z.string().regex(/^[a-z0-9/-]+(#[^\s#]+)?$/, '格式应为「页面id#锚点」，如 emergency/fire#steps');

/** Numbers with units so quizzes and drills can use the figures, not only the prose. */
export const timeLimit = z.strictObject({
  id: slug,
  what: text,
  /** how the figure is written for people: "5分钟内", "每日3次（6:00、12:00、18:00）" */
  limit: text,
  kind: z.enum(['时限', '频次', '数量', '标准']).default('时限'),
  value: z.number().optional(),
  unit: z.string().optional(),
  source: z.string().optional(),
});
export type TimeLimit = z.infer<typeof timeLimit>;

export const step = z.strictObject({
  id: slug,
  text: text,
  role: z.string().optional(),
  limit: z.string().optional(),
});

/** ISO date of the last content review, shown in every page footer. */
export const updated = z.coerce.date();

/** Fields every readable page carries so search can find it the way staff ask. */
export const findable = {
  title: text,
  summary: text,
  aliases: z.array(text).default([]),
  questions: z.array(text).default([]),
  sources,
  updated,
};
