import type { Checker } from './context.ts';

/**
 * Question banks as structure: ids unique across banks, every source a real page and anchor, an
 * answer given one way, and an order question's plan steps real. (Whether a bank is fair is
 * fairness.ts.)
 */
export const checkQuizzes: Checker = ({ parsed, report, roleIds, planById, checkIn, checkAnchor }) => {
  const questionIds = new Map<string, string>();
  for (const { entry, data } of parsed.quizzes) {
    data.roles.forEach((r, i) => checkIn(entry.file, `roles.${i}`, r, roleIds, '岗位'));
    data.questions.forEach((q, i) => {
      const at = `questions.${i}`;
      const seen = questionIds.get(q.id);
      if (seen) report(entry.file, `${at}.id`, `题目 id「${q.id}」与 ${seen} 中的题目重复`);
      questionIds.set(q.id, entry.file);
      checkAnchor(entry.file, `${at}.source`, q.source);
      // Choice questions mark their right options in place: the schema already checked them.
      if (q.type === 'number') {
        if ((q.answer === undefined) === (q.answerFact === undefined)) report(entry.file, `${at}.answer`, '填数字题要么写 answer（固定答案），要么写 answerFact（用本项目的数字），二者只写一个');
      } else if (q.type === 'order') {
        if (!q.items && !(q.plan && q.steps)) report(entry.file, at, '排序题要么写 items，要么写 plan + steps');
        if (q.plan) {
          const plan = planById.get(q.plan);
          if (!plan) report(entry.file, `${at}.plan`, `应急预案「${q.plan}」不存在`);
          else {
            const order = plan.steps.map((s) => s.id);
            (q.steps ?? []).forEach((s, j) => {
              if (!order.includes(s)) report(entry.file, `${at}.steps.${j}`, `预案「${q.plan}」里没有步骤「${s}」`);
            });
          }
        }
      }
    });
  }
};
