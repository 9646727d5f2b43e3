/** The 《紧急事件处理记录表》 as it prints: one A4 page, filled in from the run. */
import { conditionText, correctionLines, durationText, limitText, statusText, WRITTEN_PARTS, type RecordRow } from '../../lib/incident/record.ts';
import type { Incident } from '../../lib/storage/incidents-schema.ts';
import { dateTime } from '../../lib/incident/dates.ts';
import { hhmm, elapsedText } from '../../lib/incident/time.ts';
import { PhotoImg } from '../photos/PhotoList.tsx';

/** Written text, or (empty) room to write by hand on the printed sheet: ruled lines on paper, 「未填写」 on screen. */
const Lines = ({ text }: { text: string }) =>
  text.trim() ? (
    <p class="sheet-text">{text.trim()}</p>
  ) : (
    <p class="sheet-blank" data-write-in>
      <span class="no-print">（未填写）</span>
      <span class="write-line" />
      <span class="write-line" />
    </p>
  );

export function RecordSheet({ inc, rows }: { inc: Incident; rows: RecordRow[] }) {
  const edits = correctionLines(inc, rows);
  return (
    <section class="incident-sheet" aria-labelledby="sheet-h" data-record>
      <h2 id="sheet-h">紧急事件处理记录表</h2>
      <dl class="sheet-head">
        <div>
          <dt>事件</dt>
          <dd>{inc.title}</dd>
        </div>
        <div>
          <dt>项目</dt>
          <dd>{inc.project}</dd>
        </div>
        <div>
          <dt>接报时间</dt>
          <dd data-reported>{dateTime(inc.reportedAt)}</dd>
        </div>
        <div>
          <dt>处置</dt>
          <dd>{durationText(inc)}</dd>
        </div>
      </dl>
      <div class="table-wrap">
        <table class="sheet-steps reflow">
          <caption>处置过程（时间从接报算起）</caption>
          <thead>
            <tr>
              <th scope="col">序</th>
              <th scope="col">步骤</th>
              <th scope="col">时限</th>
              <th scope="col">时间</th>
              <th scope="col">接报后</th>
              <th scope="col">情况</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.step.id} class={`st-${r.status}`} data-row={r.step.id}>
                <td data-label="序">{r.index}</td>
                <td data-label="步骤">
                  {r.step.action}（{r.step.role}）{conditionText(r) && <small class="sheet-condition"> {conditionText(r)}</small>}
                </td>
                <td data-label="时限">{limitText(r.step)}</td>
                <td data-label="时间" data-time>
                  {r.doneAt === undefined ? '—' : hhmm(r.doneAt)}
                </td>
                <td data-label="接报后" data-minutes>
                  {r.after === undefined ? '—' : elapsedText(r.after)}
                </td>
                <td data-label="情况">{statusText(r)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div class="sheet-grid">
        <div>
          <h3>电话</h3>
          {inc.calls.length ? (
            <ul>
              {inc.calls.map((c, i) => (
                <li key={i}>
                  {hhmm(c.at)} {c.label} {c.phone}
                </li>
              ))}
            </ul>
          ) : (
            <p class="sheet-blank">（无）</p>
          )}
        </div>
        <div>
          <h3>有关人员</h3>
          {inc.people.length ? (
            <ul>
              {inc.people.map((p, i) => (
                <li key={i}>
                  {p.name}
                  {p.role && `（${p.role}）`} {p.phone}
                </li>
              ))}
            </ul>
          ) : (
            <p class="sheet-blank">（无）</p>
          )}
        </div>
      </div>
      <h3>记录要点</h3>
      <dl class="sheet-fields">
        {inc.fields.map((f, i) => (
          <div key={i}>
            <dt>{f}</dt>
            <dd>{inc.answers[i]?.trim() || '　'}</dd>
          </div>
        ))}
      </dl>
      <div class="sheet-blocks">
        {WRITTEN_PARTS.map(([label, key]) => (
          <div class="sheet-block" key={label}>
            <h3>{label}</h3>
            <Lines text={inc[key]} />
          </div>
        ))}
      </div>
      {!!inc.photos?.length && (
        <div class="sheet-photos">
          <h3>现场照片</h3>
          <ul class="photos">
            {inc.photos.map((p, i) => {
              const n = inc.steps.findIndex((s) => s.id === p.step) + 1;
              const what = `${n ? `第 ${n} 步` : '现场'}，${hhmm(p.at)}`;
              return (
                <li key={p.id}>
                  <PhotoImg id={p.id} alt={`照片 ${i + 1}：${what}`} />
                  <small>
                    {i + 1}. {what}
                  </small>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {edits.length > 0 && <p class="sheet-edits">时间更正：{edits.join('；')}</p>}
      <p class="sheet-sign">
        <span>记录人：</span>
        <span>负责人：</span>
        <span>日期：</span>
      </p>
    </section>
  );
}
