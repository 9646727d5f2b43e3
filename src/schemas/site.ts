import { z } from 'astro/zod';
import { nonEmpty, slug } from './common.ts';
import { keyedList } from './keyed-list.ts';

import { phone } from './project.ts';

export const siteContact = z
  .strictObject({
    name: nonEmpty,
    /** a call button's few words beside the number: 急救, 电梯维保 */
    short: z.string().trim().min(1).max(6).optional(),
    phone: phone.optional(),
    how: z.string().optional(),
    note: z.string().optional(),
    /** each project supplies this number in its own file (content/projects/) */
    project: z.boolean().default(false),
    /** a service number (95xxx, 96xxx, 12xxx) may be this kind's: a gas company's 96777 */
    service: z.boolean().default(false),
  })
  .refine((c) => c.phone || c.how || c.project, '电话 phone、联系方式 how 至少要写一个，或标 project: true 由各项目填写');
export type SiteContact = z.infer<typeof siteContact>;

export const siteSchema = z.strictObject({
  name: nonEmpty,
  shortName: nonEmpty,
  org: nonEmpty,
  /** the people/bodies a plan can tell staff to call, shown as tel: links */
  contacts: z.record(slug, siteContact),
  /** posts a project may or may not have; a project file lists the ones it has */
  posts: z.array(slug).default([]),
  /** who performs a plan step or drill: posts and roles */
  actors: z.record(slug, nonEmpty),
  /** handbook sections: folder name → title; filter is the search facet the section belongs to */
  sections: z.record(
    slug,
    z.strictObject({
      title: nonEmpty,
      summary: nonEmpty,
      order: z.number().int(),
      filter: z.enum(['流程与标准', '礼仪']),
    }),
  ),
});
export type SiteData = z.infer<typeof siteSchema>;

/** colloquial term → canonical term (and the page it usually means) */
export const aliasSchema = z.strictObject({ to: nonEmpty, page: z.string().optional() });
export type AliasData = z.infer<typeof aliasSchema>;
/** content/aliases.yaml: `aliases: [{ word: 困梯, to: 困人, page: … }]`, read as word → alias */
export const aliasesFileSchema = z.strictObject({ aliases: keyedList('word', aliasSchema.extend({ word: nonEmpty }), '口头说法') }).transform((f) => f.aliases);

export const sourceDocSchema = z.strictObject({
  title: nonEmpty,
  kind: z.enum(['seed', 'standard', 'law', 'practice']),
  file: z.string().optional(),
  url: z.string().optional(),
});
export type SourceDoc = z.infer<typeof sourceDocSchema>;
/** content/sources.yaml: `sources: [{ id: seed-001, title: … }]`, read as id → source */
export const sourcesFileSchema = z.strictObject({ sources: keyedList('id', sourceDocSchema.extend({ id: slug }), '出处键') }).transform((f) => f.sources);
