/**
 * The launch check: what stops a project going live. Every number a plan, wall card or question
 * will put in front of staff must be the project's own and real; the site must know its address;
 * and a question graded on a project fact or number must have that value. Pure over parsed
 * content, so the build, `npm run check:launch` and the tests share it.
 */
import { nationalDigits, phoneFinding } from '../lib/project/phone-check.ts';
import { resolveContacts, templateRefs, type Contact, type TemplateRef } from '../lib/project/resolve.ts';
import { FACTS, type FactId, type ProjectData } from './project.ts';
import type { SiteData } from './site.ts';
import { stringsOf } from './content-rules.ts';
import type { RawContent, RawEntry } from './collections.ts';
import type { ContentIssue } from './issue.ts';

const EXAMPLE_HOST = /(^|\.)(example\.(com|org|net|cn)|localhost|invalid|test|local)$|^127\.|^0\.0\.0\.0$/;

export function siteUrlGap(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return '网址写法不对';
  }
  if (EXAMPLE_HOST.test(u.hostname)) return `「${u.hostname}」是示例或本机地址：写上员工手机实际打开的网址`;
  if (u.protocol !== 'https:') return '要用 https:// 开头的网址：离线功能只在 HTTPS 下可用';
  // Every link, wall-card QR code and the offline cache start at the site's root.
  if (u.pathname !== '/' || u.search || u.hash)
    return `网址只能是域名本身（如 https://${u.hostname}/），不能带「${u.pathname}${u.search}」：本站的链接、上墙版二维码和离线缓存都从网站根目录算起，请给手册单独一个域名或子域名`;
  return undefined;
}

interface Use {
  /** where it is used, for the message: 预案「燃气泄漏」/ 题库「工程维修题库」的题目 ems-gas-match */
  where: string;
  /** a question is left out of this project when its value is missing */
  question?: string;
  refs: TemplateRef[];
}

/** <Fact id="…" fallback="…" /> in an MDX body: the body's way of naming a project fact. */
export function bodyFactRefs(body: string): TemplateRef[] {
  return [...body.matchAll(/<Fact\s+id="([a-z0-9-]+)"(?:\s+fallback="([^"]*)")?/g)].map((m) => ({ kind: 'fact' as const, id: m[1], fallback: m[2] }));
}

/** A page as the people fixing the project know it: by its title, not its file name. */
const titleOf = (e: RawEntry) => (e.data as { title?: unknown } | undefined)?.title;
function pageName(e: RawEntry, kind: string): string {
  const title = titleOf(e);
  return typeof title === 'string' ? `${kind}「${title}」` : `${kind} ${e.file}`;
}

/** Every place content names a contact or project fact. */
export function contentUses(raw: RawContent): { contacts: Map<string, string[]>; templates: Use[] } {
  const contacts = new Map<string, string[]>();
  const add = (id: string, where: string) => contacts.set(id, [...(contacts.get(id) ?? []), where]);
  for (const e of raw.emergencies) for (const c of (e.data as { contacts?: string[] })?.contacts ?? []) add(c, pageName(e, '预案和上墙版'));
  const templates: Use[] = [];
  const pages: [RawEntry[], string][] = [
    [raw.handbook, '手册'],
    [raw.emergencies, '预案和上墙版'],
    [raw.roles, '岗位'],
    [raw.day, '页面'],
    [raw.drills, '演练'],
    [raw.checklists, '检查表'],
  ];
  for (const [entries, kind] of pages)
    for (const e of entries) {
      const refs = [...stringsOf(e.data).flatMap((t) => templateRefs(t.text)), ...bodyFactRefs(e.body ?? '')];
      if (refs.length) templates.push({ where: pageName(e, kind), refs });
    }
  for (const e of raw.quizzes) {
    const bank = titleOf(e);
    for (const q of (e.data as { questions?: { id: string }[] })?.questions ?? []) {
      const refs = stringsOf(q).flatMap((t) => templateRefs(t.text));
      if (refs.length) templates.push({ where: `${typeof bank === 'string' ? `题库「${bank}」的` : ''}题目 ${q.id}`, question: q.id, refs });
    }
  }
  for (const t of templates) for (const r of t.refs) if (r.kind !== 'fact' && r.fallback === undefined) add(r.id, t.where);
  return { contacts, templates };
}

/** 预案和上墙版「地震」「火灾」「燃气泄漏」 等 7 处: the first three, each kind named once */
function placesSaid(where: string[]): string {
  const places = [...new Set(where)];
  let said = '';
  let kind: string | undefined;
  for (const p of places.slice(0, 3)) {
    const m = /^(.*?)(「.*」)$/.exec(p);
    if (m && m[1] === kind) said += m[2];
    else said += (said ? '、' : '') + p;
    kind = m?.[1];
  }
  return `${said}${places.length > 3 ? ` 等 ${places.length} 处` : ''}`;
}

/**
 * Contacts of different kinds that give one number (燃气抢修 = 物业服务中心): usually one was
 * copied into the other. Held for confirmation unless the project lists them in sameNumberOk.
 */
function sharedNumbers(contacts: Record<string, Contact>, project: ProjectData, site: SiteData): { ids: string[]; phone: string }[] {
  const byDigits = new Map<string, string[]>();
  for (const [id, c] of Object.entries(contacts)) {
    if (!c.phone) continue;
    const d = nationalDigits(c.phone);
    byDigits.set(d, [...(byDigits.get(d) ?? []), id]);
  }
  const ok = new Set(project.sameNumberOk);
  return [...byDigits.values()]
    .filter((ids) => ids.length > 1 && ids.some((id) => site.contacts[id]?.project || project.contacts[id]?.phone) && !ids.every((id) => ok.has(id)))
    .map((ids) => ({ ids, phone: contacts[ids[0]].phone! }));
}

export function launchGaps(raw: RawContent, site: SiteData, projectFile: string, project: ProjectData): ContentIssue[] {
  const gaps: ContentIssue[] = [];
  const gap = (field: string, message: string) => gaps.push({ file: projectFile, field, message });
  if (project.demo) gap('demo', '这是示例项目（demo: true），里面的号码和信息都是虚构的，不能用于现场：复制一份改成真实项目再上线');
  const url = siteUrlGap(project.siteUrl);
  if (url) gap('siteUrl', url);

  const contacts = resolveContacts(site.contacts, project);
  const uses = contentUses(raw);
  const confirmed = new Set(project.numberOk.map(nationalDigits));
  for (const [id, where] of [...uses.contacts].sort(([a], [b]) => a.localeCompare(b))) {
    const c = contacts[id];
    if (!c) continue; // unknown ids are content errors, reported by validateContent
    const said = `${placesSaid(where)} 要用`;
    if (c.missing) gap(`contacts.${id}.phone`, `「${c.kind}」没有电话：${said}`);
    else if (c.phone) {
      const found = phoneFinding(c.phone, { own: site.contacts[id]?.phone, service: site.contacts[id]?.service });
      if (found?.level === 'refuse') gap(`contacts.${id}.phone`, `「${c.kind}」的电话 ${c.phone} ${found.why}：${said}`);
      else if (found && !confirmed.has(nationalDigits(c.phone))) gap(`contacts.${id}.phone`, `要确认：「${c.kind}」的电话 ${c.phone} ${found.why}。核对无误后在项目文件里写 numberOk: ["${c.phone}"]`);
    }
  }
  // a number refused above is not also held for being shared
  const refused = new Set(gaps.map((g) => g.field));
  for (const { ids, phone } of sharedNumbers(contacts, project, site)) {
    if (ids.some((id) => refused.has(`contacts.${id}.phone`))) continue;
    const kinds = ids.map((id) => `「${contacts[id].kind}」`).join('和');
    const field = ids.filter((id) => site.contacts[id]?.project || project.contacts[id]?.phone).pop()!;
    gap(`contacts.${field}.phone`, `要确认：${kinds}是同一个号码 ${phone}，通常应该不同。确实如此时在项目文件里写 sameNumberOk: [${ids.join(', ')}]`);
  }
  // A fact a page shows without a fallback would read 「本项目未登记」; one marked `ask` (the AED's
  // place) is needed where staff act on it even where the page has a general fallback.
  const pageGaps = new Map<string, string[]>();
  for (const t of uses.templates) {
    for (const r of t.refs) {
      if (r.kind !== 'fact' || project.facts[r.id as FactId] !== undefined || !(r.id in FACTS)) continue;
      const ask = (FACTS[r.id as FactId] as { ask?: boolean }).ask === true;
      if (t.question && r.fallback === undefined) gap(`facts.${r.id}`, `没有填「${FACTS[r.id as FactId].label}」：${t.where} 的答案要用它，不填这道题会从本项目的题库里拿掉`);
      else if (!t.question && (ask || r.fallback === undefined)) pageGaps.set(r.id, [...(pageGaps.get(r.id) ?? []), t.where]);
    }
  }
  for (const [id, where] of pageGaps) gap(`facts.${id}`, `没有填「${FACTS[id as FactId].label}」：${placesSaid(where)} 要给员工看`);
  return gaps;
}
