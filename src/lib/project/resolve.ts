/**
 * What a page shows for the project being built: its contacts (the company's kinds of contact
 * with this project's names and numbers) and its site facts, written into text through
 * {{phone:id}}, {{contact:id}} and {{fact:id}} (a |fallback after the id is used when the
 * project does not state the value). Pure: the build and the tests share it.
 */
import { FACTS, type FactId } from './facts.ts';
import type { ProjectContacts, ProjectFacts, SiteContact } from './shapes.ts';

export interface Contact {
  /** what it is, from site.yaml: 燃气抢修（本地燃气公司） */
  kind: string;
  /** who, for this project: the company's own name where the project gives one */
  name: string;
  /** a call button's few words beside the number: 急救, 电梯维保 */
  short: string;
  phone?: string;
  how?: string;
  note?: string;
  /** a number this project must supply and has not */
  missing: boolean;
}

/** A contact as lists name it: the kind, then this project's name for it where that differs — 「燃气抢修：港华燃气」. */
export const contactLabel = (c: Pick<Contact, 'kind' | 'name'>) => (c.name === c.kind ? c.name : `${c.kind}：${c.name}`);
/** What stands in for a number the project must supply and has not. */
export const NO_NUMBER = '本项目未登记号码，请问值班主任';

export function resolveContacts(site: Record<string, SiteContact>, project: { contacts: ProjectContacts }): Record<string, Contact> {
  const out: Record<string, Contact> = {};
  for (const [id, c] of Object.entries(site)) {
    const own = project.contacts[id] ?? {};
    const phone = own.phone ?? (c.project ? undefined : c.phone);
    out[id] = {
      kind: c.name,
      name: own.name ?? c.name,
      short: c.short ?? c.name,
      phone,
      how: own.how ?? c.how,
      note: own.note ?? c.note,
      missing: c.project && !phone,
    };
  }
  return out;
}

export interface TemplateContext {
  contacts: Record<string, Contact>;
  facts: ProjectFacts;
}

const TEMPLATE = /\{\{(phone|contact|fact):([a-z0-9-]+)(?:\|([^}]*))?\}\}/g;

export interface TemplateRef {
  kind: 'phone' | 'contact' | 'fact';
  id: string;
  fallback?: string;
}

export function templateRefs(text: string): TemplateRef[] {
  return [...text.matchAll(TEMPLATE)].map((m) => ({ kind: m[1] as TemplateRef['kind'], id: m[2], fallback: m[3] }));
}

export const factText = (id: FactId, value: string | number) => (typeof value === 'number' ? `${value}${FACTS[id].unit}` : value);

/** The value a reference stands for in this project, or undefined when the project lacks it. */
export function valueOf(ref: TemplateRef, ctx: TemplateContext): string | undefined {
  if (ref.kind === 'fact') {
    const v = ctx.facts[ref.id as FactId];
    return v === undefined ? undefined : factText(ref.id as FactId, v);
  }
  const c = ctx.contacts[ref.id];
  if (!c) return undefined;
  return ref.kind === 'phone' ? c.phone : c.name;
}

/**
 * The text with every reference filled in. A reference the project lacks takes its fallback, or
 * `missingText` when it has none; `missing` lists those without a fallback, so a question that
 * needs one can be left out of this project's banks.
 */
export function fillTemplate(text: string, ctx: TemplateContext, missingText = '（本项目未登记）'): { text: string; missing: TemplateRef[] } {
  const missing: TemplateRef[] = [];
  const filled = text.replace(TEMPLATE, (_, kind: TemplateRef['kind'], id: string, fallback?: string) => {
    const ref = { kind, id, fallback };
    const v = valueOf(ref, ctx);
    if (v !== undefined) return v;
    if (fallback !== undefined) return fallback;
    missing.push(ref);
    return missingText;
  });
  return { text: filled, missing };
}

/** Every string in a data tree filled in; the same shape back. */
export function fillDeep<T>(value: T, ctx: TemplateContext, missing: TemplateRef[] = []): T {
  if (typeof value === 'string') {
    const r = fillTemplate(value, ctx);
    missing.push(...r.missing);
    return r.text as T;
  }
  if (Array.isArray(value)) return value.map((v) => fillDeep(v, ctx, missing)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = fillDeep(v, ctx, missing);
    return out as T;
  }
  return value;
}

/**
 * A label whose words stay on one line (物业服务中心 24 小时值班电话). Numbers are not passed
 * through it: they keep their ASCII hyphens and spaces, so copying a number or finding 「0571-」
 * on the page works, and the element holding a number has white-space: nowrap instead.
 */
export const unbreakable = (text: string) => text.replace(/ /g, '\u00a0');

export const telHref = (phone: string) => `tel:${phone.replace(/[\s-]/g, '')}`;

/**
 * Who does a step, as this project's staff read it: a post the project does not have is named
 * with who covers it, so a plan never sends someone to a 车场岗 that is not there.
 */
export function actorLabels(actors: Record<string, string>, optionalPosts: string[], project: { posts: string[] }): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, name] of Object.entries(actors)) out[id] = optionalPosts.includes(id) && project.posts.length && !project.posts.includes(id) ? `${name}（本项目不设，由当班秩序维护员做）` : name;
  return out;
}
