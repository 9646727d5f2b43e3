/**
 * A project (小区, 写字楼…): the company's handbook is one; each project is a small file of its
 * own data — names, contacts, hours, site facts, the address the site is served at, the posts it
 * has. A build is for one project, and every page, wall card, question and drill reads contacts
 * and facts from it.
 */
import { z } from 'astro/zod';
import { nonEmpty, slug } from './common.ts';
import { FACTS, factIds, type FactId } from '../lib/project/facts.ts';

// A number written without quotes is read by YAML as a number: 0571… loses its 0, and zod's own
// words (期望 string) say nothing a person can act on.
export const phone = z
  .string({ error: (iss) => (typeof iss.input === 'number' ? '电话要加引号：写成 phone: "0571-8123 4567"（不加引号，开头的 0 会丢掉）' : undefined) })
  .regex(/^[0-9+\-\s]{3,20}$/, '电话号码只能含数字、+、- 和空格');

// the list of facts lives with the code that reads them; the schema is made from it
export { FACTS, factIds, type FactId };

const contactOverride = z.strictObject({
  /** the organisation's own name, e.g. 某某电梯有限公司 (site.yaml gives the kind of contact) */
  name: z.string().trim().min(1).optional(),
  phone: phone.optional(),
  how: z.string().trim().min(1).optional(),
  note: z.string().optional(),
});

export const projectSchema = z.strictObject({
  name: nonEmpty,
  kind: z.enum(['小区', '写字楼', '商业综合体', '产业园', '其他']),
  /** example data: every page says so, and the launch check refuses it */
  demo: z.boolean().default(false),
  /** where this project's copy of the site is served: wall-card QR codes and links use it */
  siteUrl: z.url({ message: '要写完整的网址，如 https://shouce.example.cn/' }),
  address: z.string().trim().min(1).optional(),
  /** numbers and names of this project's contacts; keys are contact ids from site.yaml */
  contacts: z.record(slug, contactOverride).default({}),
  facts: z.partialRecord(z.enum(factIds as [FactId, ...FactId[]]), z.union([z.number(), nonEmpty])).default({}),
  /** the posts this project has (actor ids); plans and drills name the others as absent */
  posts: z.array(slug).default([]),
  /**
   * Contacts that share one number on purpose (the service centre also takes the gas company's
   * calls): the launch check otherwise holds a shared number for confirmation.
   */
  sameNumberOk: z.array(slug).default([]),
  /** Numbers the launch check holds for confirmation (ending in 8888…) that are right as they are. */
  numberOk: z.array(phone).default([]),
});
export type ProjectData = z.infer<typeof projectSchema>;
