/**
 * Playing a drill and scoring it against its emergency plan. Pure: the island keeps the state,
 * this module says what a choice does and what a finished run is worth.
 */
import type { Drill, Run } from './types.ts';

export type { Action, Run } from './types.ts';

export const HESITATION_MINUTES = 1;

export function startRun(d: Drill, seed = ''): Run {
  return { node: d.start, elapsed: 0, actions: [], hesitations: 0, seed };
}

export function choose(d: Drill, run: Run, index: number): Run {
  const node = d.nodes[run.node];
  const c = node?.choices[index];
  if (!c || node.end) return run;
  return { ...run, node: c.next, elapsed: run.elapsed + c.minutes, actions: [...run.actions, { node: run.node, choice: index, at: run.elapsed }] };
}

/** Pressure mode: the countdown ran out. Time passes and it is held against the run. */
export function hesitate(run: Run): Run {
  return { ...run, elapsed: run.elapsed + HESITATION_MINUTES, hesitations: run.hesitations + 1 };
}

export const isOver = (d: Drill, run: Run) => d.nodes[run.node]?.end ?? true;

/** "02:10" + 13 minutes → "02:23", across midnight too */
export function clockAt(startClock: string, minutes: number): string {
  const [h, m] = startClock.split(':').map(Number);
  const t = (((h * 60 + m + Math.round(minutes)) % 1440) + 1440) % 1440;
  return `${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
}

// Scoring a finished run lives beside: re-exported so callers need one module.
export * from './score.ts';
