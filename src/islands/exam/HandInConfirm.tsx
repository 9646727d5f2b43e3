/** The second look before hand-in: what is unanswered (with links to it) and which orders were never moved. */
import { Fragment } from 'preact';
import type { PaperProgress } from '../../lib/exam/progress.ts';

const list = (ns: number[]) =>
  ns.map((n, i) => (
    <Fragment key={n}>
      {i > 0 && '、'}
      <a href={`#exam-q-${n}`}>第 {n} 题</a>
    </Fragment>
  ));

export function HandInConfirm({ progress: p, onConfirm, onCancel }: { progress: PaperProgress; onConfirm: () => void; onCancel: () => void }) {
  return (
    <div class="confirm" tabIndex={-1} role="alertdialog" aria-labelledby="exam-confirm" aria-describedby="exam-confirm-detail">
      <p id="exam-confirm">
        <strong>{p.unanswered.length ? `还有 ${p.unanswered.length} 题没答，确定交卷吗？` : '确定交卷吗？'}</strong>
      </p>
      <div id="exam-confirm-detail">
        <p>
          已答 {p.answered} / {p.total}
          {p.unanswered.length > 0 && <>；没答的：{list(p.unanswered)}</>}
        </p>
        {p.ordersAsShown.length > 0 && (
          <p data-orders-as-shown>
            {p.ordersAsShown.length} 道排序题没有调整过（{list(p.ordersAsShown)}），会按现在显示的顺序交卷。
          </p>
        )}
      </div>
      <div class="actions">
        <button type="button" class="button primary" onClick={onConfirm}>
          确定交卷
        </button>
        <button type="button" class="button" onClick={onCancel}>
          继续答题
        </button>
      </div>
    </div>
  );
}
