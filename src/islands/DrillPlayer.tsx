/**
 * Emergency drill: situations on a simulated clock, big choices, optional pressure mode, and a
 * debrief that lays the person's actions beside the plan's standard steps.
 */
import '../styles/drill.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { choiceOrder } from '../lib/drill/order.ts';
import { newAttemptSeed } from '../lib/quiz/options.ts';
import { choose, clockAt, hesitate, isOver, scoreRun, startRun, type DrillResult, type Run } from '../lib/drill/engine.ts';
import type { Drill, DrillPlan } from '../lib/drill/types.ts';
import { drills } from '../stores/drills.ts';
import { Debrief } from './drill/Debrief.tsx';
import { DrillStart } from './drill/DrillStart.tsx';
import { Notices } from './Notices.tsx';
import { useStored } from './useStored.ts';

interface Props {
  id: string;
  drill: Drill;
  plan: DrillPlan;
  actors: Record<string, string>;
}

const PRESSURE_SECONDS = 20;

export default function DrillPlayer({ id, drill, plan, actors }: Props) {
  const history = useStored(drills.$store, drills.initial)[id]?.attempts ?? [];
  const best = history.length ? Math.max(...history.map((a) => a.score)) : undefined;
  const [run, setRun] = useState<Run | null>(null);
  const [pressure, setPressure] = useState(false);
  const [left, setLeft] = useState(PRESSURE_SECONDS);
  const [result, setResult] = useState<DrillResult | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), [run?.node, result]);

  // Pressure mode: a real countdown per decision; running out is hesitation.
  useEffect(() => {
    if (!run || !pressure || result) return;
    setLeft(PRESSURE_SECONDS);
    const t = setInterval(() => setLeft((s) => s - 1), 1000);
    return () => clearInterval(t);
  }, [run?.node, pressure, result]);
  useEffect(() => {
    if (left > 0 || !pressure || result) return;
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
      drills.update((all) => ({ ...all, [id]: { attempts: [...(all[id]?.attempts ?? []), { at: Date.now(), score: r.score, passed: r.passed, seed: next.seed }] } }));
    }
  };
  const restart = () => {
    setResult(null);
    setRun(startRun(drill, newAttemptSeed()));
  };

  if (!run) {
    return (
      <div class="drill">
        <Notices />
        <DrillStart
          role={actors[drill.role] ?? drill.role}
          startClock={drill.startClock}
          best={best}
          tries={history.length}
          pressure={pressure}
          seconds={PRESSURE_SECONDS}
          onPressure={setPressure}
          onStart={restart}
        />
      </div>
    );
  }

  const node = drill.nodes[run.node];
  return (
    <div class="drill">
      <Notices />
      {/* While deciding the clock stays in view; once the drill ends it stops following the page. */}
      <p class={result ? 'sim-clock ended' : 'sim-clock'}>
        <span>{result ? '结束时间' : '模拟时间'}</span> <strong>{clockAt(drill.startClock, run.elapsed)}</strong> <span>已过 {run.elapsed} 分钟</span>
        {pressure && !result && (
          <span class="countdown" aria-live="off">
            还剩 {left} 秒
          </span>
        )}
      </p>
      <h2 tabIndex={-1} ref={heading} class="situation-title">
        {result ? '演练结束' : '现在的情况'}
      </h2>
      <p class="situation">{node.text}</p>
      {!result ? (
        <ul class="choices">
          {choiceOrder(run.seed, run.node, node.choices.length).map((i) => (
            <li key={`${run.node}-${i}`}>
              <button type="button" class="choice" data-choice={i} onClick={() => pick(i)}>
                {node.choices[i].text}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <Debrief result={result} startClock={drill.startClock} plan={plan.id} actors={actors} onRestart={restart} />
      )}
    </div>
  );
}
