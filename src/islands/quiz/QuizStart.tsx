/** A bank's start screen: what it covers, how far this person has got, the ways to practise, the wrong-answer book. */
import { hrefOf } from '../../lib/routes.ts';
import type { BankStats } from '../../lib/quiz/progress.ts';
import { answerText } from '../../lib/quiz/score.ts';
import type { Question } from '../../lib/quiz/types.ts';

/** 随机练: a short run drawn from the bank */
export const SHORT_RUN = 10;

interface Props {
  summary: string;
  roles: string;
  pass: number;
  ids: string[];
  stats: BankStats;
  unanswered: string[];
  wrong: Question[];
  start: (list: string[] | 'random') => void;
}

export function QuizStart({ summary, roles, pass, ids, stats, unanswered, wrong, start }: Props) {
  return (
    <>
      <p class="lead">{summary}</p>
      {roles && <p class="muted">适用岗位：{roles}</p>}
      <dl class="stats">
        <div>
          <dt>题目</dt>
          <dd>{ids.length}</dd>
        </div>
        <div>
          <dt>已做</dt>
          <dd data-stat="answered">{stats.answered}</dd>
        </div>
        <div>
          <dt>答对</dt>
          <dd>{stats.correct}</dd>
        </div>
        <div>
          <dt>错题本</dt>
          <dd data-stat="wrong">{wrong.length}</dd>
        </div>
        <div>
          <dt>最好成绩</dt>
          <dd>{stats.best === undefined ? '—' : `${stats.best} 分`}</dd>
        </div>
        <div>
          <dt>及格线</dt>
          <dd data-stat="pass">{pass} 分</dd>
        </div>
      </dl>
      <div class="actions">
        <button type="button" class="button primary" onClick={() => start(ids)}>
          从头练习（{ids.length} 题）
        </button>
        {ids.length > SHORT_RUN && (
          <button type="button" class="button" onClick={() => start('random')}>
            随机练 {SHORT_RUN} 题
          </button>
        )}
        {unanswered.length > 0 && unanswered.length < ids.length && (
          <button type="button" class="button" onClick={() => start(unanswered)}>
            只做没做过的（{unanswered.length} 题）
          </button>
        )}
        {wrong.length > 0 && (
          <button type="button" class="button" onClick={() => start(wrong.map((q) => q.id))}>
            重做错题（{wrong.length} 题）
          </button>
        )}
      </div>
      {wrong.length > 0 && (
        <details class="wrong-book">
          <summary>错题本（{wrong.length}）</summary>
          <ReviewList qs={wrong} />
        </details>
      )}
    </>
  );
}

/** Questions with their standard answers and the handbook section each comes from. */
export function ReviewList({ qs }: { qs: Question[] }) {
  return (
    <ol class="review-list">
      {qs.map((q) => (
        <li key={q.id}>
          <p class="prompt">{q.prompt}</p>
          <p>
            <span class="muted">标准答案：</span>
            {answerText(q)}
          </p>
          <a href={hrefOf(q.source)}>
            查看手册<span class="visually-hidden">：{q.prompt}</span>
          </a>
        </li>
      ))}
    </ol>
  );
}
