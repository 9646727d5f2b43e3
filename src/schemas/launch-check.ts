/**
 * The launch check: what stops a project going live. Every number a plan, wall card or question
 * will put in front of staff must be the project's own and real; the site must know its address;
 * and a question graded on a project fact or number must have that value. Pure over parsed
 * content, so the build, `npm run check:launch` and the tests share it.
 */
import { resolveContacts, templateRefs, type TemplateRef } from '../lib/project/resolve.ts';
import { FACTS, type FactId, type ProjectData } from './project.ts';
import type { SiteData } from './site.ts';
import { stringsOf } from './content-rules.ts';
import type { ContentIssue, RawContent } from './validate.ts';

/** Public numbers that are never one company's own. */
const PUBLIC_LINES: Record<string, string> = { '110': '报警电话', '119': '火警电话', '120': '急救电话', '122': '交通事故报警电话', '12345': '政务服务便民热线' };

/** The subscriber part of a number: after the area code where one is written or implied. */
function subscriber(phone: string, digits: string): string {
  const groups = phone.split(/\D+/).filter(Boolean);
  if (groups.length > 1) return groups[groups.length - 1];
  return digits.startsWith('0') && digits.length >= 10 ? digits.slice(-8) : digits;
}
const counting = (s: string) => s.length >= 6 && [...s].every((c, i) => i === 0 || Number(c) === Number(s[i - 1]) + 1);

/**
 * Numbers nobody can ring: left empty, zeros, one digit repeated, a counting run standing for the
 * whole number (0571-81234567 is a real number; 021-12345678 is not), a public line given as a
 * company's own, or an address typed where a number belongs. Said without repeating the number.
 */
export function placeholderPhone(phone: string, kind: 'project' | 'any' = 'project'): string | undefined {
  const d = phone.replace(/\D/g, '');
  if (d.length < 3) return '号码太短';
  if (/^0{3,}/.test(d) || /^0+$/.test(d)) return '是占位号码（以 000 开头）';
  if (/^(\d)\1+$/.test(d)) return '是占位号码（同一个数字重复）';
  if (counting(subscriber(phone, d))) return '是占位号码（连续数字）';
  if (kind === 'project' && PUBLIC_LINES[d]) return `是${PUBLIC_LINES[d]}，不是这家单位的电话`;
  if (kind === 'project' && /^\s*\d{1,3}([.\s-])\d{1,3}\1\d{1,3}\1\d{1,3}\s*$/.test(phone)) return '像是 IP 地址，不是电话号码';
  if (kind === 'project' && d.length < 5) return '号码太短，不像这家单位的电话';
  return undefined;
}

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
  if (u.pathname !== '/' || u.search || u.hash) return `网址只能是域名本身（如 https://${u.hostname}/），不能带「${u.pathname}${u.search}」：本站的链接、上墙版二维码和离线缓存都从网站根目录算起，请给手册单独一个域名或子域名`;
  return undefined;
}

interface Use {
  /** where it is used, for the message: 预案 gas-leak / 题目 ems-gas-match */
  where: string;
  /** a question is left out of this project when its value is missing */
  question?: string;
  refs: TemplateRef[];
}

/** <Fact id="…" fallback="…" /> in an MDX body: the body's way of naming a project fact. */
export function bodyFactRefs(body: string): TemplateRef[] {
  return [...body.matchAll(/<Fact\s+id="([a-z0-9-]+)"(?:\s+fallback="([^"]*)")?/g)].map((m) => ({ kind: 'fact' as const, id: m[1], fallback: m[2] }));
}

/** Every place content names a contact or project fact. */
export function contentUses(raw: RawContent): { contacts: Map<string, string[]>; templates: Use[] } {
  const contacts = new Map<string, string[]>();
  const add = (id: string, where: string) => contacts.set(id, [...(contacts.get(id) ?? []), where]);
  for (const e of raw.emergencies) for (const c of ((e.data as { contacts?: string[] })?.contacts ?? [])) add(c, `预案和上墙版 ${e.id}`);
  const templates: Use[] = [];
  const pages = [...raw.handbook, ...raw.emergencies, ...raw.roles, ...raw.day, ...raw.drills, ...raw.checklists];
  for (const e of pages) {
    const refs = [...stringsOf(e.data).flatMap((t) => templateRefs(t.text)), ...bodyFactRefs(e.body ?? '')];
    if (refs.length) templates.push({ where: e.file, refs });
  }
  for (const e of raw.quizzes)
    for (const q of ((e.data as { questions?: { id: string }[] })?.questions ?? [])) {
      const refs = stringsOf(q).flatMap((t) => templateRefs(t.text));
      if (refs.length) templates.push({ where: `题目 ${q.id}（${e.file}）`, question: q.id, refs });
    }
  for (const t of templates) for (const r of t.refs) if (r.kind !== 'fact' && r.fallback === undefined) add(r.id, t.where);
  return { contacts, templates };
}

export function launchGaps(raw: RawContent, site: SiteData, projectFile: string, project: ProjectData): ContentIssue[] {
  const gaps: ContentIssue[] = [];
  const gap = (field: string, message: string) => gaps.push({ file: projectFile, field, message });
  if (project.demo) gap('demo', '这是示例项目（demo: true），里面的号码和信息都是虚构的，不能用于现场：复制一份改成真实项目再上线');
  const url = siteUrlGap(project.siteUrl);
  if (url) gap('siteUrl', url);

  const contacts = resolveContacts(site.contacts, project);
  const uses = contentUses(raw);
  for (const [id, where] of [...uses.contacts].sort(([a], [b]) => a.localeCompare(b))) {
    const c = contacts[id];
    if (!c) continue; // unknown ids are content errors, reported by validateContent
    const places = [...new Set(where)];
    const said = `${places.slice(0, 3).join('、')}${places.length > 3 ? ` 等 ${places.length} 处` : ''} 要用`;
    if (c.missing) gap(`contacts.${id}.phone`, `「${c.kind}」没有电话：${said}`);
    else if (c.phone) {
      const why = placeholderPhone(c.phone, site.contacts[id]?.project || project.contacts[id]?.phone ? 'project' : 'any');
      if (why) gap(`contacts.${id}.phone`, `「${c.kind}」的电话 ${c.phone} ${why}：${said}`);
    }
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
  for (const [id, where] of pageGaps) {
    const places = [...new Set(where)];
    gap(`facts.${id}`, `没有填「${FACTS[id as FactId].label}」：${places.slice(0, 3).join('、')}${places.length > 3 ? ` 等 ${places.length} 处` : ''} 要给员工看`);
  }
  return gaps;
}
