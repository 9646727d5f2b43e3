import type { RawEntry } from '../collections.ts';
import type { ContentIssue } from '../issue.ts';
import '../issue.ts';
import { projectSchema } from '../project.ts';
import type { SiteData } from '../site.ts';
import type { Checker } from './context.ts';

/** A project file: its shape, and that its contacts and posts are ones the company defines. */
export function checkProject(entry: RawEntry, site: SiteData | undefined): ContentIssue[] {
  const out: ContentIssue[] = [];
  const r = projectSchema.safeParse(entry.data);
  if (!r.success) {
    for (const i of r.error.issues) out.push({ file: entry.file, field: i.path.map(String).join('.'), message: i.message });
    return out;
  }
  if (!site) return out;
  for (const id of Object.keys(r.data.contacts))
    if (!(id in site.contacts))
      out.push({ file: entry.file, field: `contacts.${id}`, message: `未知的联系方式「${id}」（site.yaml 的 contacts 里没有；可用：${Object.keys(site.contacts).join('、')}）` });
  r.data.sameNumberOk.forEach((id, i) => {
    if (!(id in site.contacts))
      out.push({ file: entry.file, field: `sameNumberOk.${i}`, message: `未知的联系方式「${id}」（site.yaml 的 contacts 里没有；可用：${Object.keys(site.contacts).join('、')}）` });
  });
  r.data.posts.forEach((p, i) => {
    if (!site.posts.includes(p)) out.push({ file: entry.file, field: `posts.${i}`, message: `未知的岗位「${p}」（site.yaml 的 posts 里没有；可用：${site.posts.join('、')}）` });
  });
  return out;
}

/** Every project in content/projects/, whichever one is being built. */
export const checkProjects: Checker = ({ raw, site, report }) => {
  // (a file that could not be read was reported by the reader, with its line)
  for (const p of raw.projects ?? []) if (p.data !== undefined) for (const i of checkProject(p, site)) report(i.file, i.field, i.message);
};
