/** Earlier runs of a checklist: who, when, 合格 / 不合格 / 不适用 counts and what failed. */
import { periodText, resultOf, tally, type Cadence } from '../../lib/checklist.ts';
import { RESULT_LABEL } from '../../lib/labels.ts';
import type { ChecklistRun } from '../../lib/storage/schemas.ts';
import type { Item } from './CheckItem.tsx';

export function History({ list, cadence, items, runs }: { list: string; cadence: Cadence; items: Item[]; runs: ChecklistRun[] }) {
  const ids = items.map((i) => i.id);
  return (
    <section class="history" aria-labelledby={`${list}-history`}>
      <h2 id={`${list}-history`}>历史记录</h2>
      {runs.length > 0 ? (
        <table data-history class="reflow">
          <thead>
            <tr>
              <th scope="col">周期</th>
              <th scope="col">执行人</th>
              <th scope="col" class="num">
                {RESULT_LABEL.pass}
              </th>
              <th scope="col" class="num">
                {RESULT_LABEL.fail}
              </th>
              <th scope="col" class="num">
                {RESULT_LABEL.na}
              </th>
              <th scope="col">主管签字</th>
            </tr>
          </thead>
          <tbody>
            {[...runs].reverse().map((r) => {
              const t = tally(r.ticks, ids);
              const failed = items.filter((i) => resultOf(r.ticks[i.id]) === 'fail');
              return (
                <tr key={`${r.period}-${r.savedAt}`}>
                  <td data-label="周期">{periodText(cadence, r.period) || new Date(r.savedAt).toLocaleDateString('zh-CN')}</td>
                  <td data-label="执行人">{r.by || '（未保存，自动归档）'}</td>
                  <td data-label={RESULT_LABEL.pass} class="num">
                    {t.pass}
                  </td>
                  <td data-label={RESULT_LABEL.fail} class="num">
                    {failed.length > 0 ? (
                      <details>
                        <summary>{`${t.fail}（明细）`}</summary>
                        <ul>
                          {failed.map((i) => (
                            <li key={i.id}>
                              {i.text}：{r.ticks[i.id].action || '（没有整改措施）'}
                              {!!r.ticks[i.id].photos?.length && `（照片 ${r.ticks[i.id].photos!.length} 张）`}
                            </li>
                          ))}
                        </ul>
                      </details>
                    ) : (
                      t.fail
                    )}
                  </td>
                  <td data-label={RESULT_LABEL.na} class="num">
                    {t.na}
                  </td>
                  <td data-label="主管签字">{r.signoff ? `${r.signoff.name} ${r.signoff.date}` : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p class="muted">还没有记录。</p>
      )}
    </section>
  );
}
