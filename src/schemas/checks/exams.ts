import { cueFigures, cueProblems } from '../../lib/quiz/cues.ts';
import type { Checker } from './context.ts';

/** Exams: real banks holding enough questions with the exam's tags, and a fair pool to draw from. */
export const checkExams: Checker = ({ raw, parsed, report, roleIds, checkIn }) => {
  const bankIds = new Set(raw.quizzes.map((e) => e.id));
  const bankById = new Map(parsed.quizzes.map((q) => [q.entry.id, q.data]));
  for (const { entry, data } of parsed.exams) {
    checkIn(entry.file, 'role', data.role, roleIds, '岗位');
    data.banks.forEach((b, i) => checkIn(entry.file, `banks.${i}`, b, bankIds, '题库'));
    const pool = data.banks.flatMap((b) => bankById.get(b)?.questions ?? []).filter((q) => !data.tags.length || data.tags.some((t) => q.tags.includes(t)));
    if (data.banks.every((b) => bankById.has(b)) && pool.length < data.count) report(entry.file, 'count', `要抽 ${data.count} 题，但所选题库里符合标签的题只有 ${pool.length} 道`);
    // An exam draws by role tag, so a bank fair as a whole can still hand one role a blind pass.
    for (const why of cueProblems(cueFigures(pool))) report(entry.file, 'banks', `这套考试的抽题池：${why}`);
  }
};
