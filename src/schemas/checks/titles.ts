import type { Checker } from './context.ts';

/**
 * A file copied to make a new one and not yet changed builds the same page twice under two
 * addresses; staff then find two plans for one emergency, and only one gets corrected later.
 */
export const checkTitles: Checker = ({ parsed, report }) => {
  const titled = [...parsed.handbook, ...parsed.emergencies, ...parsed.drills, ...parsed.checklists, ...parsed.quizzes].map((x) => ({ file: x.entry.file, title: x.data.title }));
  const firstWithTitle = new Map<string, string>();
  for (const t of titled) {
    const seen = firstWithTitle.get(t.title);
    if (seen) report(t.file, 'title', `标题「${t.title}」和 ${seen} 相同：是不是复制了文件还没改？每个页面的标题要不同`);
    else firstWithTitle.set(t.title, t.file);
  }
};
