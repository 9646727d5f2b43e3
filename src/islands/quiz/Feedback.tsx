/** What a practice answer gets at once: right or wrong, the standard answer, why, and where the handbook says so. */
import { hrefOf } from '../../lib/routes.ts';
import { answerText, type Score } from '../../lib/quiz/score.ts';
import type { Question } from '../../lib/quiz/types.ts';

export function Feedback({ q, result }: { q: Question; result: Score }) {
  return (
    <div class={`feedback ${result.correct ? 'ok' : 'bad'}`}>
      <p class="verdict">{result.correct ? '回答正确' : result.points > 0 ? `部分正确（${Math.round(result.points * 100)}%）` : '回答错误'}</p>
      {!result.correct && <p>标准答案：{answerText(q)}</p>}
      <p>{q.explain}</p>
      <p>
        <a href={hrefOf(q.source)}>查看手册</a>
      </p>
    </div>
  );
}
