/** One exam's pass rate and item analysis; for results graded on an earlier bank, why there is none. */
import type { ExamGroup } from '../../lib/exam/console.ts';

const pct = (x: number) => `${Math.round(x * 100)}%`;
/** Below this many people the upper and lower 27% are one or two people: the index says nothing. */
const MIN_FOR_DISCRIMINATION = 10;

export function ItemAnalysis({ group: g }: { group: ExamGroup }) {
  const small = g.rows.length < MIN_FOR_DISCRIMINATION;
  return (
    <section aria-labelledby={`g-${g.hash}`} class="analysis">
      <h2 id={`g-${g.hash}`}>
        {g.spec.title}：通过率 <span data-pass-rate>{pct(g.passRate)}</span>（{g.rows.length} 人）
      </h2>
      {g.stale ? (
        <p class="notice" data-stale>
          出卷以后本站题库已经更新：这 {g.rows.length} 份结果保留收成绩时本考核台算出的分数，不能按新题库重新计分，也不做题目分析。需要新的成绩请重新出卷。
        </p>
      ) : (
        <>
          <p class="muted">区分度 = 前 27% 与后 27% 考生的答对率之差；低于 0.2 或为负的题可能出得不好，正确率过高或过低也值得复查。</p>
          {small && <p class="notice">只有 {g.rows.length} 人：少于 {MIN_FOR_DISCRIMINATION} 人时区分度没有参考意义，先看正确率。</p>}
          <div class="table-wrap">
            <table data-items>
              <thead>
                <tr>
                  <th scope="col">题目</th>
                  <th scope="col">正确率</th>
                  <th scope="col">区分度</th>
                  <th scope="col">各选项人数（✓ 为正确答案）</th>
                </tr>
              </thead>
              <tbody>
                {g.items.map((it) => (
                  <tr key={it.id} class={it.discrimination < 0.2 && !small ? 'flag' : ''}>
                    <th scope="row">{it.prompt}</th>
                    <td>{pct(it.pCorrect)}</td>
                    <td>{small ? '—' : it.discrimination.toFixed(2)}</td>
                    <td>
                      {it.options.length ? (
                        <ul class="option-counts">
                          {it.options.map((o, i) => (
                            <li key={i}>
                              {o.correct ? '✓ ' : ''}
                              {o.label}：{o.count}
                            </li>
                          ))}
                        </ul>
                      ) : (
                        '—'
                      )}
                      {it.unanswered ? <span class="muted">未答：{it.unanswered}</span> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
