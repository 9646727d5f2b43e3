/**
 * The end of a drill: the verdict and why, the rules broken, each standard step of the plan beside
 * what the person did (a table on wide screens, labelled cards on phones), and the run as a timeline.
 */
import { passLabel } from '../../lib/labels.ts';
import { clockAt, PASS_SCORE, type DrillResult } from '../../lib/drill/engine.ts';
import { limitText, statusText } from '../../lib/drill/text.ts';
import { BackupNudge } from '../BackupNudge.tsx';
import { anchorFor, routes } from '../../lib/routes.ts';

interface Props {
  result: DrillResult;
  /** the drill's start as a time of day, "02:10" */
  startClock: string;
  /** the bound plan's id, for links to its steps and rules */
  plan: string;
  actors: Record<string, string>;
  onRestart: () => void;
}

export function Debrief({ result, startClock, plan, actors, onRestart }: Props) {
  const at = (m: number) => clockAt(startClock, m);
  const onTime = result.rows.filter((r) => r.status === 'ok').length;
  return (
    <section class="debrief" aria-labelledby="debrief-h">
      <p role="status" class={`verdict ${result.passed ? 'ok' : 'bad'}`}>
        <strong id="debrief-h">{passLabel(result.passed)}</strong>：{result.score} 分<span class="verdict-rule">（及格 {PASS_SCORE} 分，且不能有严重错误）</span>
      </p>
      <dl class="stats">
        <div>
          <dt>得分</dt>
          <dd>{result.score}</dd>
        </div>
        <div>
          <dt>按标准完成</dt>
          <dd>
            {onTime}/{result.rows.length}
          </dd>
        </div>
        <div>
          <dt>用时</dt>
          <dd>{result.elapsed} 分钟</dd>
        </div>
        <div>
          <dt>严重错误</dt>
          <dd>{result.criticals.length}</dd>
        </div>
      </dl>
      <ul class="reasons">
        {result.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      {result.criticals.length > 0 && (
        <>
          <h3>违反的禁令</h3>
          <ul class="never">
            {result.criticals.map((c) => (
              <li key={c.rule + c.at}>
                <strong>{c.text}</strong>：你选了「{c.choice}」（{at(c.at)}）· <a href={routes.emergency.plan(plan, anchorFor.never(c.rule))}>看预案</a>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>对照标准步骤</h3>
      <div class="table-wrap">
        <table class="reflow" data-debrief>
          <thead>
            <tr>
              <th scope="col">标准步骤</th>
              <th scope="col">时限</th>
              <th scope="col" class="num">
                你完成于
              </th>
              <th scope="col">结果</th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((r) => (
              <tr key={r.step} class={`st-${r.status}`}>
                <th scope="row">
                  <span class="badge role">{actors[r.role] ?? r.role}</span> {r.action}
                </th>
                <td data-label="时限">{limitText(r)}</td>
                <td data-label="你完成于" class="num">
                  {r.doneAt === undefined ? '—' : at(r.doneAt)}
                </td>
                <td data-label="结果" class="result">
                  {statusText(r)}
                  {r.status !== 'ok' && (
                    <>
                      {' '}
                      · <a href={routes.emergency.plan(plan, anchorFor.step(r.step))}>看手册</a>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>你的处置过程</h3>
      <ol class="timeline-list">
        {result.timeline.map((t, i) => (
          <li key={i}>
            <time>{at(t.at)}</time> {t.text}
            {t.critical && <span class="badge critical">严重错误</span>}
            {t.feedback && <span class="muted">——{t.feedback}</span>}
          </li>
        ))}
      </ol>
      <div class="actions">
        <button type="button" class="button primary" onClick={onRestart}>
          再来一次
        </button>
        <a class="button" href={routes.emergency.plan(plan)}>
          打开预案
        </a>
      </div>
      <BackupNudge />
    </section>
  );
}
