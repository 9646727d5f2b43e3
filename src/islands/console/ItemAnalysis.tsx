/** One exam's pass rate and item analysis; for results graded on an earlier bank, why there is none. */
import type { ExamGroup } from '../../lib/exam/console.ts';
import { TYPE_LABEL } from '../../lib/quiz/types.ts';

const pct = (x: number) => `${Math.round(x * 100)}%`;
/** Below this many people the upper and lower 27% are one or two people: the index says nothing. */
const MIN_FOR_DISCRIMINATION = 10;

export function ItemAnalysis({ group: g }: { group: ExamGroup }) {
  const small = g.rows.length < MIN_FOR_DISCRIMINATION;
  return (
    <section aria-labelledby={`g-${g.hash}`} class="analysis section-block">
      <h2 id={`g-${g.hash}`}>
        {g.spec.title}：通过率 <span data-pass-rate>{pct(g.passRate)}</span>（{g.rows.length} 人）
      </h2>
      {g.stale ? (
        <p class="notice" data-stale>
          出卷以后本站题库已经更新：这 {g.rows.length} 份结果保留收成绩时本考核台算出的分数，不能按新题库重新计分，也不做题目分析。需要新的成绩请重新出卷。
        </p>
      ) : (
        <>
          <p class="hint">区分度 = 前 27% 与后 27% 考生的答对率之差；低于 0.2 或为负的题可能出得不好（标 ⚠），正确率过高或过低也值得复查。</p>
          {small && (
            <p class="notice">
              只有 {g.rows.length} 人：少于 {MIN_FOR_DISCRIMINATION} 人时区分度没有参考意义，先看正确率。
            </p>
          )}
          <div class="table-wrap">
            <table class="reflow items-table" data-items>
              <thead>
                <tr>
                  <th scope="col">题目</th>
                  <th scope="col" class="num">
                    正确率
                  </th>
                  <th scope="col" class="num">
                    区分度
                  </th>
                  <th scope="col">各选项人数（✓ 为正确答案）</th>
                </tr>
              </thead>
              <tbody>
                {g.items.map((it) => {
                  const flagged = it.discrimination < 0.2 && !small;
                  return (
                    <tr key={it.id} class={flagged ? 'flag' : ''}>
                      <th scope="row">
                        <span class="tag">{TYPE_LABEL[it.type]}</span> {it.prompt}
                        {flagged && <span class="badge critical">⚠ 区分度低</span>}
                      </th>
                      <td data-label="正确率" class="num">
                        {pct(it.pCorrect)}
                      </td>
                      <td data-label="区分度" class="num">
                        {small ? '—' : it.discrimination.toFixed(2)}
                      </td>
                      <td data-label="各选项人数" class="counts">
                        {it.options.length ? (
                          <ul class="option-counts">
                            {it.options.map((o, i) => (
                              <li key={i} class={o.correct ? 'right' : undefined}>
                                <span>
                                  {o.correct ? '✓ ' : ''}
                                  {o.label}
                                </span>
                                <span class="count">{o.count} 人</span>
                              </li>
                            ))}
                          </ul>
                        ) : (
                          <span class="muted">—</span>
                        )}
                        {it.unanswered ? <span class="muted">未答：{it.unanswered} 人</span> : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
