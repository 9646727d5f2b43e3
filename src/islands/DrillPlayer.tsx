/**
 * Emergency drill: situations on a simulated clock, big choices, optional pressure mode, and a
 * debrief that lays the person's actions beside the plan's standard steps.
 */
import { PASS_WORD } from '../lib/labels.ts';
import '../styles/drill.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { choose, clockAt, hesitate, isOver, scoreRun, startRun, type DrillResult, type Run, type StepStatus } from '../lib/drill/engine.ts';
import type { Drill, DrillPlan } from '../lib/drill/types.ts';
import { drills } from '../stores/drills.ts';
import { Notices } from './Notices.tsx';
import { useStored } from './useStored.ts';

interface Props {
  id: string;
  drill: Drill;
  plan: DrillPlan;
  actors: Record<string, string>;
}

const PRESSURE_SECONDS = 20;
const STATUS: Record<StepStatus, string> = { ok: '按时完成', late: '超过时限', order: '顺序不对', 'late-order': '顺序不对且超时', missed: '漏做' };

export default function DrillPlayer({ id, drill, plan, actors }: Props) {
  const history = useStored(drills.$store, drills.initial)[id]?.attempts ?? [];
  const best = history.length ? Math.max(...history.map((a) => a.score)) : undefined;
  const [run, setRun] = useState<Run | null>(null);
  const [pressure, setPressure] = useState(false);
  const [left, setLeft] = useState(PRESSURE_SECONDS);
  const [result, setResult] = useState<DrillResult | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const stepHref = (step: string) => `/emergency/${plan.id}/#step-${step}`;

  useEffect(() => heading.current?.focus(), [run?.node, result]);

  // Pressure mode: a real countdown per decision; running out is hesitation.
  useEffect(() => {
    if (!run || !pressure || result) return;
    setLeft(PRESSURE_SECONDS);
    const t = setInterval(() => setLeft((s) => s - 1), 1000);
    return () => clearInterval(t);
  }, [run?.node, pressure, result]);
  useEffect(() => {
    if (left > 0 || !pressure) return;
    setRun((r) => (r ? hesitate(r) : r));
    setLeft(PRESSURE_SECONDS);
  }, [left]);

  const pick = (i: number) => {
    if (!run) return;
    const next = choose(drill, run, i);
    setRun(next);
    if (isOver(drill, next)) {
      const r = scoreRun(drill, plan, next);
      setResult(r);
      drills.update((all) => ({ ...all, [id]: { attempts: [...(all[id]?.attempts ?? []), { at: Date.now(), score: r.score, passed: r.passed }] } }));
    }
  };
  const restart = () => {
    setResult(null);
    setRun(startRun(drill));
  };

  if (!run) {
    return (
      <div class="drill">
        <Notices />
        <p>
          你的岗位：<strong>{actors[drill.role] ?? drill.role}</strong> · 开始时间 {drill.startClock}
          {best !== undefined && <> · 最好成绩 {best} 分（练了 {history.length} 次）</>}
        </p>
        <label class="option">
          <input type="checkbox" checked={pressure} onChange={(e) => setPressure((e.target as HTMLInputElement).checked)} />
          <span>压力模式：每个决定限时 {PRESSURE_SECONDS} 秒，超时算犹豫（模拟时间多过 1 分钟并扣分）</span>
        </label>
        <button type="button" class="button primary big" onClick={restart}>开始演练</button>
      </div>
    );
  }

  const node = drill.nodes[run.node];
  return (
    <div class="drill">
      <Notices />
      <p class="sim-clock">
        <span>模拟时间</span> <strong>{clockAt(drill.startClock, run.elapsed)}</strong> <span>已过 {run.elapsed} 分钟</span>
        {pressure && !result && <span class="countdown">还剩 {left} 秒</span>}
      </p>
      <h2 tabIndex={-1} ref={heading} class="situation-title">
        {result ? '演练结束' : '现在的情况'}
      </h2>
      <p class="situation">{node.text}</p>
      {!result ? (
        <ul class="choices">
          {node.choices.map((c, i) => (
            <li key={i}>
              <button type="button" class="choice" onClick={() => pick(i)}>
                {c.text}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <section class="debrief" aria-labelledby="debrief-h">
          <p role="status" class={`verdict ${result.passed ? 'ok' : 'bad'}`}>
            <strong id="debrief-h">{PASS_WORD(result.passed)}</strong>：{result.score} 分（及格 80 分，且不能有严重错误）
          </p>
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
                    <strong>{c.text}</strong>：你选了「{c.choice}」（{clockAt(drill.startClock, c.at)}）·{' '}
                    <a href={`/emergency/${plan.id}/#never-${c.rule}`}>看预案</a>
                  </li>
                ))}
              </ul>
            </>
          )}
          <h3>对照标准步骤</h3>
          <div class="table-wrap">
            <table data-debrief>
              <thead>
                <tr>
                  <th scope="col">标准步骤</th>
                  <th scope="col">时限</th>
                  <th scope="col">你完成于</th>
                  <th scope="col">结果</th>
                </tr>
              </thead>
              <tbody>
                {result.rows.map((r) => (
                  <tr key={r.step} class={`st-${r.status}`}>
                    <th scope="row">
                      <span class="badge role">{actors[r.role] ?? r.role}</span> {r.action}
                    </th>
                    <td>{r.withinMinutes ? `${r.withinMinutes} 分钟内` : '—'}</td>
                    <td>{r.doneAt === undefined ? '—' : clockAt(drill.startClock, r.doneAt)}</td>
                    <td>
                      {STATUS[r.status]}
                      {r.status !== 'ok' && (
                        <>
                          {' '}
                          · <a href={stepHref(r.step)}>看手册</a>
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
                <time>{clockAt(drill.startClock, t.at)}</time> {t.text}
                {t.critical && <span class="badge critical">严重错误</span>}
                {t.feedback && <span class="muted">——{t.feedback}</span>}
              </li>
            ))}
          </ol>
          <button type="button" class="button primary" onClick={restart}>再来一次</button>
        </section>
      )}
    </div>
  );
}
