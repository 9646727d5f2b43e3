/**
 * A finished run beside its plan, in the drill debrief's presentation: each standard step, its
 * limit, when it was done and what came of it, with the late and skipped ones marked.
 */
import { useEffect, useRef } from 'preact/hooks';
import { debriefSummary, limitText, statusText, type RecordRow } from '../../lib/incident/record.ts';
import { hhmm, elapsedText } from '../../lib/incident/time.ts';
import { anchorFor, routes } from '../../lib/routes.ts';

export function Debrief({ plan, rows }: { plan: string; rows: RecordRow[] }) {
  const sum = debriefSummary(rows);
  const heading = useRef<HTMLHeadingElement>(null);
  // Opened from 我的 as a debrief (…#debrief): the section arrives after the page, so go to it now.
  useEffect(() => {
    if (location.hash === '#debrief') heading.current?.scrollIntoView();
  }, []);
  return (
    <section id="debrief" class="debrief no-print" aria-labelledby="debrief-h">
      <h2 id="debrief-h" ref={heading}>
        复盘：对照预案
      </h2>
      <p class={`verdict ${sum.good ? 'ok' : 'bad'}`} data-verdict>
        <strong>{sum.good ? '按预案完成' : '有要改进的地方'}</strong>：{sum.text}
      </p>
      <div class="table-wrap">
        <table data-debrief>
          <thead>
            <tr>
              <th scope="col">标准步骤</th>
              <th scope="col">时限</th>
              <th scope="col">完成于</th>
              <th scope="col">结果</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.step.id} class={`st-${r.status}`}>
                <th scope="row">
                  <span class="badge role">{r.step.role}</span> {r.step.action}
                </th>
                <td>{limitText(r.step) || '—'}</td>
                <td>{r.doneAt === undefined ? '—' : `${hhmm(r.doneAt)}（接报后 ${elapsedText(r.after ?? 0)}）`}</td>
                <td>
                  {statusText(r)}
                  {(r.status === 'late' || r.status === 'skipped' || r.status === 'missed') && (
                    <>
                      {' '}
                      · <a href={routes.emergency.plan(plan, anchorFor.step(r.step.id))}>看预案</a>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
