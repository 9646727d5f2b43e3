/** Astro-side access to the content collections, sorted and typed the way pages need them. */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { actorLabels, fillDeep, resolveContacts, type Contact, type TemplateContext } from '../lib/project/resolve.ts';
import { phoneBook, type PhoneBook } from '../lib/project/phones.ts';
import { pageIdOf } from '../lib/routes.ts';
import type { ProjectData } from '../schemas/project.ts';
import { chosenProject, readProject } from '../schemas/project-file.ts';
import type { SiteData, SourceDoc } from '../schemas/site.ts';

export type HandbookEntry = CollectionEntry<'handbook'>;
export type PlanEntry = CollectionEntry<'emergencies'>;
export type RoleEntry = CollectionEntry<'roles'>;
export type DayEntry = CollectionEntry<'day'>;

const byOrder = <T extends { data: { order?: number; title: string } }>(a: T, b: T) => (a.data.order ?? 100) - (b.data.order ?? 100) || a.data.title.localeCompare(b.data.title, 'zh-CN');

export async function getSite(): Promise<SiteData> {
  const entry = await getEntry('site', 'site');
  if (!entry) throw new Error('content/site.yaml 缺失');
  return entry.data;
}

export interface Project {
  id: string;
  data: ProjectData;
  /** the company's contacts with this project's names and numbers */
  contacts: Record<string, Contact>;
  /** who does a step, with the posts this project lacks named as covered */
  actors: Record<string, string>;
  ctx: TemplateContext;
  /** whom each number in this build's text calls, by its digits */
  phones: PhoneBook;
}
let project: Promise<Project> | undefined;

/** The project this build is for (PROJECT / PROJECT_FILE; the demo by default). */
export function getProject(): Promise<Project> {
  project ??= (async () => {
    const choice = chosenProject(process.cwd());
    const { data, issues } = readProject(choice);
    if (!data) throw new Error(issues.map((i) => `${i.file}：字段 ${i.field}：${i.message}`).join('\n'));
    const site = await getSite();
    const contacts = resolveContacts(site.contacts, data);
    return { id: choice.id, data, contacts, actors: actorLabels(site.actors, site.posts, data), ctx: { contacts, facts: data.facts }, phones: phoneBook(contacts) };
  })();
  return project;
}

/** An entry with {{phone:…}}, {{contact:…}} and {{fact:…}} in its fields filled in for this project. */
export async function forProject<T extends { data: object }>(entry: T): Promise<T> {
  const { ctx } = await getProject();
  return { ...entry, data: fillDeep(entry.data, ctx) };
}
const allForProject = <T extends { data: object }>(entries: T[]) => Promise.all(entries.map(forProject));

export async function getSourceDocs(): Promise<Map<string, SourceDoc>> {
  return new Map((await getCollection('sources')).map((e) => [e.id, e.data]));
}

export async function getHandbook(): Promise<HandbookEntry[]> {
  return (await allForProject(await getCollection('handbook'))).sort(byOrder);
}
export const sectionOf = (e: HandbookEntry) => e.id.split('/')[0];
export const pageSlugOf = (e: HandbookEntry) => e.id.split('/').slice(1).join('/');

export async function getSections() {
  const site = await getSite();
  const pages = await getHandbook();
  return Object.entries(site.sections)
    .sort(([, a], [, b]) => a.order - b.order)
    .map(([id, s]) => ({ id, ...s, pages: pages.filter((p) => sectionOf(p) === id) }));
}

export async function getPlans(): Promise<PlanEntry[]> {
  return (await allForProject(await getCollection('emergencies'))).sort(byOrder);
}
export async function getRoles(): Promise<RoleEntry[]> {
  return (await allForProject(await getCollection('roles'))).sort(byOrder);
}
export async function getDays(): Promise<DayEntry[]> {
  return (await allForProject(await getCollection('day'))).sort((a, b) => a.data.title.localeCompare(b.data.title, 'zh-CN'));
}
export async function getDrills(): Promise<CollectionEntry<'drills'>[]> {
  return (await allForProject(await getCollection('drills'))).sort((a, b) => a.data.title.localeCompare(b.data.title, 'zh-CN'));
}

export { hrefOf } from '../lib/routes.ts';

/** Titles of every page by page id, for links that show where they lead. */
export async function getPageTitles(): Promise<Map<string, string>> {
  const m = new Map<string, string>();
  for (const e of await getHandbook()) m.set(pageIdOf.handbook(e.id), e.data.title);
  for (const e of await getPlans()) m.set(pageIdOf.emergency(e.id), e.data.title);
  for (const e of await getRoles()) m.set(pageIdOf.role(e.id), e.data.title);
  for (const e of await getDays()) m.set(pageIdOf.day(e.id), e.data.title);
  return m;
}
