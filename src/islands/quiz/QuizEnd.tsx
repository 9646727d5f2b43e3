/** The end of a practice run: 通过 / 未通过 against the pass mark, what was missed with its answer, what to do next. */
import type { Ref } from 'preact';
import { runVerdict } from '../../lib/quiz/progress.ts';
import type { Question } from '../../lib/quiz/types.ts';
import { ReviewList } from './QuizStart.tsx';
import { BackupNudge } from '../BackupNudge.tsx';

interface Props {
  heading: Ref<HTMLHeadingElement>;
  title: string;
  pass: number;
  /** passLabel (labels.ts) for false and true, from the page: importing labels here would add a chunk to the quiz's budget */
  passLabels: [string, string];
  total: number;
  missed: Question[];
  retry: () => void;
  back: () => void;
}

export function QuizEnd({ heading, title, pass, passLabels, total, missed, retry, back }: Props) {
  const correct = total - missed.length;
  const { percent: pct, passed } = runVerdict(correct, total, pass);
  return (
    <>
      <h2 tabIndex={-1} ref={heading}>
        练习结束
      </h2>
      <div class={`run-result ${passed ? 'ok' : 'bad'}`} data-verdict={passed ? 'pass' : 'fail'}>
        <p class="verdict">
          <span aria-hidden="true">{passed ? '✓' : '✗'}</span> {passLabels[+passed]}
          <small>及格线 {pass} 分</small>
        </p>
        <p role="status" class="score">
          答对 {correct} / {total} 题，{pct} 分
        </p>
      </div>
      <p>{missed.length === 0 ? '全部答对。隔几天再练一遍，记得更牢。' : passed ? '已过及格线。把下面答错的题看懂，再重做一遍。' : '还没到及格线。先看下面每道错题的标准答案和手册，再重做错题。'}</p>
      <div class="actions">
        {missed.length > 0 && (
          <button type="button" class="button primary" onClick={retry}>
            重做这次的错题（{missed.length} 题）
          </button>
        )}
        <button type="button" class={`button${missed.length ? '' : ' primary'}`} onClick={back}>
          回到{title}
        </button>
      </div>
      <BackupNudge />
      {missed.length > 0 && (
        <section class="missed" aria-labelledby="missed-head">
          <h3 id="missed-head">这次答错的题（{missed.length}）</h3>
          <ReviewList qs={missed} />
        </section>
      )}
    </>
  );
}
