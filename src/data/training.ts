/** Build-time views of the training content, in the shapes the islands take as props. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { PathItem } from '../lib/path.ts';
import type { ExamSpec } from '../lib/exam/spec.ts';
import { resolveQuestions } from '../lib/quiz/resolve.ts';
import type { Question } from '../lib/quiz/types.ts';
import { PATH_KIND_LABEL } from '../lib/labels.ts';
import { anchorFor, pageIdOf, refOf, routes } from '../lib/routes.ts';
import { forProject, getDrills, getHandbook, getPageTitles, getPlans, getProject, getRoles, hrefOf } from './content.ts';

export type BankEntry = CollectionEntry<'quizzes'>;
export type ChecklistEntry = CollectionEntry<'checklists'>;

export async function getBanks(): Promise<BankEntry[]> {
  return (await getCollection('quizzes')).sort((a, b) => a.data.title.localeCompare(b.data.title, 'zh-CN'));
}
/**
 * The published preset exams, exactly as links and the console see them: the console accepts a
 * preset result only if its settings equal these.
 */
export async function getPresetExams(): Promise<ExamSpec[]> {
  const roles = (await getRoles()).map((r) => r.id);
  return (await getCollection('exams'))
    .sort((a, b) => roles.indexOf(a.data.role) - roles.indexOf(b.data.role))
    .map((e) => ({
      id: e.id,
      title: e.data.title,
      banks: e.data.banks,
      tags: e.data.tags,
      count: e.data.count,
      minutes: e.data.minutes,
      pass: e.data.pass,
      seed: e.data.seed,
      shuffle: false,
      role: e.data.role,
    }));
}

/**
 * How a staff list may write a post, for the console's roster import: each post's short title
 * first (named in messages), then its page title, id and the words staff use (保安 → 秩序维护员);
 * a word two posts share goes to the first.
 */
export async function getRoleNames(actors: Record<string, string>): Promise<Record<string, string>> {
  const names: Record<string, string> = {};
  const posts = await getRoles();
  const add = (n: string | undefined, id: string) => {
    if (n && !(n in names)) names[n] = id;
  };
  for (const r of posts) for (const n of [actors[r.id], r.data.title.replace(/（[^）]*）$/, ''), r.data.title, r.id]) add(n, r.id);
  for (const r of posts) for (const n of r.data.aliases ?? []) add(n, r.id);
  return names;
}

export async function getChecklists(): Promise<ChecklistEntry[]> {
  return (await Promise.all((await getCollection('checklists')).map(forProject))).sort((a, b) => a.data.title.localeCompare(b.data.title, 'zh-CN'));
}

/**
 * A bank as this project's trainees get it: ordering questions that name a plan take the plan's
 * own step texts (so both never drift apart); {{phone:…}}, {{contact:…}} and {{fact:…}} are this
 * project's values; a question whose answer needs a value the project does not state is left out.
 */
export async function resolveBank(bank: BankEntry): Promise<Question[]> {
  const plans = new Map((await getPlans()).map((p) => [p.id, p.data]));
  const { ctx } = await getProject();
  return resolveQuestions(bank.data.questions, plans, ctx);
}

export interface Card {
  id: string;
  front: string;
  back: string;
  href: string;
}
export interface Deck {
  role: string;
  title: string;
  cards: Card[];
}

/**
 * 应知应会 deck per role: the role's own targets, the time limits of the pages on its must-know
 * list and reading path, and the first actions of the emergency plans the role acts in.
 */
// A role's deck covers the plans its posts act in: 秩序维护员 stands the gate, patrol, car-park and
// monitoring-centre posts, which plans name separately. 'all' steps apply to everyone.
const POSTS_OF: Record<string, string[]> = { security: ['security', 'gate', 'patrol', 'carpark', 'monitor', 'security-lead'] };

export async function getDecks(): Promise<Deck[]> {
  const pages = await getHandbook();
  const plans = await getPlans();
  return (await getRoles()).map((role) => {
    const cards: Card[] = [];
    for (const k of role.data.kpis)
      cards.push({ id: refOf(pageIdOf.role(role.id), anchorFor.kpi(k.name)), front: `「${k.name}」的目标是多少？`, back: k.target, href: routes.roles.role(role.id, 'kpis') });
    const own = new Set([...role.data.mustKnow.map((m) => m.ref), ...role.data.path.filter((p) => p.kind === 'read').map((p) => p.ref)].map((r) => r.split('#')[0]));
    for (const p of pages.filter((p) => own.has(pageIdOf.handbook(p.id))))
      for (const t of p.data.timeLimits)
        cards.push({ id: refOf(pageIdOf.handbook(p.id), anchorFor.limit(t.id)), front: `${t.what}：标准是？`, back: t.limit, href: routes.handbook.page(p.id, anchorFor.limit(t.id)) });
    const acts = new Set(['all', ...(POSTS_OF[role.data.actor] ?? [role.data.actor])]);
    for (const plan of plans.filter((p) => p.data.roles.some((r) => acts.has(r))))
      cards.push({
        id: refOf(pageIdOf.emergency(plan.id), 'first-actions'),
        front: `${plan.data.title}：最先做哪几件事？`,
        back: plan.data.firstActions.map((a, i) => `${i + 1}. ${a}`).join('\n'),
        href: routes.emergency.plan(plan.id, 'first-actions'),
      });
    return { role: role.id, title: role.data.title, cards };
  });
}

/** A role's learning path with titles and links resolved, for the path islands. */
export async function getPathItems(roleId: string): Promise<PathItem[]> {
  const role = (await getRoles()).find((r) => r.id === roleId);
  if (!role) return [];
  const titles = await getPageTitles();
  const banks = new Map((await getBanks()).map((b) => [b.id, b.data.title]));
  const lists = new Map((await getChecklists()).map((c) => [c.id, c.data.title]));
  const drills = new Map((await getDrills()).map((d) => [d.id, d.data.title]));
  return role.data.path.map((p): PathItem => {
    switch (p.kind) {
      case 'read':
        return { kind: 'read', ref: p.ref.split('#')[0], label: p.label ?? titles.get(p.ref.split('#')[0]) ?? p.ref, href: hrefOf(p.ref) };
      case 'quiz':
        return { kind: 'quiz', ref: p.ref, label: p.label ?? banks.get(p.ref) ?? p.ref, href: routes.train.quiz(p.ref), pass: p.pass };
      case 'drill':
        return { kind: 'drill', ref: p.ref, label: p.label ?? drills.get(p.ref) ?? p.ref, href: routes.train.drill(p.ref), pass: p.pass };
      case 'checklist':
        return { kind: 'checklist', ref: p.ref, label: p.label ?? lists.get(p.ref) ?? p.ref, href: routes.train.checklist(p.ref) };
      case 'cards':
        return { kind: 'cards', ref: p.ref, label: p.label ?? PATH_KIND_LABEL.cards, href: routes.train.cards };
    }
  });
}

export interface RolePath {
  role: string;
  title: string;
  items: PathItem[];
  deck: string[];
}
export async function getRolePaths(): Promise<RolePath[]> {
  const decks = new Map((await getDecks()).map((d) => [d.role, d.cards.map((c) => c.id)]));
  return Promise.all((await getRoles()).map(async (r) => ({ role: r.id, title: r.data.title, items: await getPathItems(r.id), deck: decks.get(r.id) ?? [] })));
}
