/**
 * One trainee's answer sheet, as a modal dialog over the console: every question in the order the
 * trainee saw it, their answer, the key, and right or wrong (in words and a mark, not colour alone).
 * Esc or 关闭 closes it; focus goes back to the row it was opened from.
 */
import { useEffect, useRef } from 'preact/hooks';
import { passLabel } from '../../lib/labels.ts';
import { orderFor } from '../../lib/exam/assemble.ts';
import type { Row } from '../../lib/exam/console.ts';
import { answerSheet } from '../../lib/exam/sheet.ts';
import type { ExamSpec } from '../../lib/exam/spec.ts';
import type { Question, Response } from '../../lib/quiz/types.ts';
import { TYPE_LABEL } from '../../lib/quiz/types.ts';

interface Props {
  row: Row;
  spec: ExamSpec;
  /** the exam's questions as this site draws them; empty when the bank changed since */
  questions: Question[];
  answers: Record<string, Response>;
  onClose: () => void;
}

// One line, or an order already numbered, reads without bullets.
const Lines = ({ items, empty, numbered }: { items: string[]; empty: string; numbered: boolean }) =>
  items.length ? (
    <ul class={numbered || items.length === 1 ? 'sheet-lines plain' : 'sheet-lines'}>
      {items.map((t, i) => (
        <li key={i}>{t}</li>
      ))}
    </ul>
  ) : (
    <span class="muted">{empty}</span>
  );

export function AnswerSheet({ row, spec, questions, answers, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  const lines = questions.length ? answerSheet(orderFor(spec, questions, row.number), answers) : [];
  const right = lines.filter((l) => l.correct).length;
  return (
    <dialog ref={ref} class="sheet-dialog" aria-labelledby="sheet-h" onClose={onClose} data-answer-sheet>
      <div class="sheet-head">
        <div>
          <h2 id="sheet-h">
            {row.name}（{row.number}）的答卷
          </h2>
          <p class="muted">
            {row.examTitle} · {row.percent ?? '—'} 分 · {passLabel(row.passed)}
            {lines.length > 0 && ` · 答对 ${right} / ${lines.length} 题`}
          </p>
        </div>
        <button type="button" class="button" onClick={() => ref.current?.close()}>
          关闭
        </button>
      </div>
      {!lines.length ? (
        <p class="notice">出卷以后本站题库已经更新，这份结果的题目不能按现在的题库还原，所以不显示逐题答卷；分数是收成绩时算出的。</p>
      ) : (
        <ol class="sheet">
          {lines.map((l) => (
            <li key={l.id} class={l.correct ? 'right' : 'wrong'} data-sheet-line>
              <p class="sheet-q">
                <span class={l.correct ? 'badge ok' : 'badge critical'}>{l.correct ? '✓ 对' : '✗ 错'}</span> <span class="tag">{TYPE_LABEL[l.type]}</span> {l.prompt}
              </p>
              <dl class="sheet-answers">
                <div>
                  <dt>考生答</dt>
                  <dd data-given>
                    <Lines items={l.given} empty="没有作答" numbered={l.type === 'order'} />
                  </dd>
                </div>
                <div>
                  <dt>标准答案</dt>
                  <dd data-key>
                    <Lines items={l.key} empty="—" numbered={l.type === 'order'} />
                  </dd>
                </div>
              </dl>
            </li>
          ))}
        </ol>
      )}
    </dialog>
  );
}
