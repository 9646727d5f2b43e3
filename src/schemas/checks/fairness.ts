import { cueFigures, cueProblems } from '../../lib/quiz/cues.ts';
import { citedFigure, keyBalance, keyContradiction, MAX_ALL_BUT_ONE_SHARE, MAX_KEY_SHARE, multipleChoiceHabits, questionLists, repeatedEntries } from '../content-rules.ts';
import type { Checker } from './context.ts';

/**
 * Question banks a blind guesser cannot pass, whose questions read cleanly and agree with the
 * figures on the pages they cite.
 */
export const checkFairness: Checker = ({ parsed, planById, report }) => {
  const figurePages = { handbook: new Map(parsed.handbook.map((h) => [h.entry.id, h.data])), emergencies: planById };
  for (const { entry, data } of parsed.quizzes) {
    const balance = keyBalance(data.questions);
    if (balance)
      report(
        entry.file,
        'questions',
        `单选和情景题的标准答案有 ${Math.round(balance.share * 100)}% 在第 ${balance.worst + 1} 个选项（${balance.counts.join('/')}，共 ${balance.total} 题），超过 ${MAX_KEY_SHARE * 100}%：调换选项顺序让答案分散`,
      );
    for (const why of cueProblems(cueFigures(data.questions))) report(entry.file, 'questions', why);
    const habits = multipleChoiceHabits(data.questions);
    for (const i of habits.allKeyed) report(entry.file, `questions.${i}.options`, '多选题的每个选项都是答案：至少要有一个似是而非的错误选项');
    if (habits.total >= 4 && habits.allButOne / habits.total > MAX_ALL_BUT_ONE_SHARE)
      report(
        entry.file,
        'questions',
        `多选题里「除了一项都对」的有 ${habits.allButOne} / ${habits.total} 题，超过 ${MAX_ALL_BUT_ONE_SHARE * 100}%：改用员工真会犯的错误做干扰项，让对的选项数各不相同`,
      );
    data.questions.forEach((q, i) => {
      for (const { field, list } of questionLists(q)) for (const j of repeatedEntries(list)) report(entry.file, `questions.${i}.${field}.${j}`, `与同一题前面的一项重复：「${list[j]}」`);
      const fig = citedFigure(q.source, figurePages);
      const why = fig && keyContradiction(q, fig);
      if (why) report(entry.file, `questions.${i}.${q.type === 'number' ? 'answer' : 'options'}`, `${why}（出处 ${q.source}）`);
    });
  }
};
