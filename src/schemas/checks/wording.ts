import { editorNote, pageSafetyProblems, renderedBody, safetyProblems, stringsOf, taughtAsRight } from '../content-rules.ts';
import { deprecatedTerms, withoutTermList } from '../content-terms.ts';
import type { Checker } from './context.ts';

/** What content says: editor remarks never reach staff; nothing unsafe is taught; one name for one thing. */
export const checkWording: Checker = ({ raw, report }) => {
  const rendered = [...raw.handbook, ...raw.emergencies, ...raw.roles, ...raw.day, ...raw.quizzes, ...raw.drills, ...raw.checklists, ...raw.exams, raw.site];
  for (const entry of rendered) {
    for (const { path, text } of stringsOf(entry.data)) {
      const note = editorNote(text);
      if (note) report(entry.file, path, `写给编辑看的话会显示给员工：「${note}」（改写，或移到 YAML 注释 / sources.yaml）`);
    }
    const note = entry.body && editorNote(renderedBody(entry.body));
    if (note) report(entry.file, '正文', `写给编辑看的话会显示给员工：「${note}」（改写，或放进 {/* */} 注释）`);
    const texts = [...stringsOf(entry.data), ...(entry.body ? [{ path: '正文', text: renderedBody(entry.body) }] : [])];
    for (const { path, text } of texts.filter((t) => taughtAsRight(entry.data, t.path)))
      for (const p of safetyProblems(text)) report(entry.file, path, `不安全或不对：「${p.sentence.slice(0, 60)}」——${p.rule.message}`);
    // Search aliases and source headings may keep the old names staff still say or type.
    for (const { path, text } of texts)
      if (!/^(aliases|sources)(\.|$)/.test(path))
        for (const t of deprecatedTerms(path === '正文' ? withoutTermList(text) : text))
          report(entry.file, path, `「${t.found}」：统一叫「${t.use}」（术语表「统一称呼」）${t.context ? `——「${t.context}」` : ''}`);
    // A question stands alone in a quiz, so it must carry its own limits; a page as a whole.
    const units = raw.quizzes.includes(entry)
      ? ((entry.data as { questions?: unknown[] })?.questions ?? []).map((q, i) => ({
          path: `questions.${i}`,
          text: stringsOf(q)
            .map((t) => t.text)
            .join('\n'),
        }))
      : [{ path: '', text: texts.map((t) => t.text).join('\n') }];
    for (const u of units) for (const message of pageSafetyProblems(u.text)) report(entry.file, u.path, `不安全：${message}`);
  }
};
