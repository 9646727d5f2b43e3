import { templateRefs } from '../../lib/project/resolve.ts';
import { renderedBody, stringsOf } from '../content-rules.ts';
import { FACTS } from '../project.ts';
import type { Checker } from './context.ts';

/** {{phone:…}}, {{contact:…}} and {{fact:…}}: only where they are filled in, and naming something known. */
export const checkTemplates: Checker = ({ raw, report, contacts }) => {
  // In an MDX body {{…}} is a JavaScript expression, not a template: it breaks the build with an
  // error that names neither file nor fix.
  for (const entry of [...raw.handbook, ...raw.emergencies, ...raw.roles, ...raw.day])
    for (const m of renderedBody(entry.body ?? '').matchAll(/\{\{(phone|contact|fact):([a-z0-9-]+)[^}]*\}\}/g))
      report(
        entry.file,
        '正文',
        `正文里不能写「${m[0]}」：${m[1] === 'fact' ? `写成 <Fact id="${m[2]}" fallback="没有登记时显示的话" />` : `写成 <Phone id="${m[2]}" />`}（{{…}} 只用在 frontmatter 和 YAML 里）`,
      );
  // {{phone:id}}, {{contact:id}} and {{fact:id}} in any text must name a known contact or fact.
  for (const entry of [...raw.handbook, ...raw.emergencies, ...raw.roles, ...raw.day, ...raw.quizzes, ...raw.drills, ...raw.checklists]) {
    const texts = [...stringsOf(entry.data), ...(entry.body ? [{ path: '正文', text: renderedBody(entry.body) }] : [])];
    for (const { path, text } of texts)
      for (const ref of templateRefs(text)) {
        if (ref.kind === 'fact' ? !(ref.id in FACTS) : !contacts.has(ref.id))
          report(
            entry.file,
            path,
            `{{${ref.kind}:${ref.id}}} 里的「${ref.id}」不是已知的${ref.kind === 'fact' ? `项目信息（可用：${Object.keys(FACTS).join('、')}）` : '联系方式（site.yaml 的 contacts 里没有）'}`,
          );
      }
  }
};
