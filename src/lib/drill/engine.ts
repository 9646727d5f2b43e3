/**
 * Playing a drill and scoring it against its emergency plan. Pure: the island keeps the state,
 * this module says what a choice does and what a finished run is worth.
 */
import type { Drill, DrillPlan } from './types.ts';

export interface Action {
  node: string;
  choice: number;
  /** simulated minutes since the start when the choice was made (before its own duration) */
  at: number;
}
export interface Run {
  node: string;
  /** simulated minutes elapsed */
  elapsed: number;
  actions: Action[];
  /** decisions where a pressure-mode countdown ran out */
  hesitations: number;
}

export const HESITATION_MINUTES = 1;

export function startRun(d: Drill): Run {
  return { node: d.start, elapsed: 0, actions: [], hesitations: 0 };
}

export function choose(d: Drill, run: Run, index: number): Run {
  const node = d.nodes[run.node];
  const c = node?.choices[index];
  if (!c || node.end) return run;
  return { node: c.next, elapsed: run.elapsed + c.minutes, actions: [...run.actions, { node: run.node, choice: index, at: run.elapsed }], hesitations: run.hesitations };
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

/** Plan steps the drill can perform: those any of its choices names, in plan order. */
export function expectedSteps(d: Drill, plan: DrillPlan): string[] {
  const named = new Set(Object.values(d.nodes).flatMap((n) => n.choices.map((c) => c.step).filter((s): s is string => !!s)));
  return plan.steps.map((s) => s.id).filter((id) => named.has(id));
}

export type StepStatus = 'ok' | 'late' | 'order' | 'late-order' | 'missed';
export interface DebriefRow {
  step: string;
  action: string;
  role: string;
  /** the plan's limit, if it has one */
  withinMinutes?: number;
  /** minute the person did it (after the choice's own duration), if they did */
  doneAt?: number;
  status: StepStatus;
}
export interface CriticalError {
  rule: string;
  text: string;
  choice: string;
  at: number;
}
export interface DrillResult {
  score: number;
  passed: boolean;
  reasons: string[];
  rows: DebriefRow[];
  criticals: CriticalError[];
  timeline: { at: number; text: string; step?: string; critical?: string; feedback?: string }[];
  elapsed: number;
}

export const PASS_SCORE = 80;
const CRITICAL_PENALTY = 50;
const HESITATION_PENALTY = 5;

export function scoreRun(d: Drill, plan: DrillPlan, run: Run): DrillResult {
  const expected = expectedSteps(d, plan);
  const planOrder = new Map(plan.steps.map((s, i) => [s.id, i]));
  const done = new Map<string, number>();
  const order: string[] = [];
  const criticals: CriticalError[] = [];
  const timeline: DrillResult['timeline'] = [];
  for (const a of run.actions) {
    const c = d.nodes[a.node].choices[a.choice];
    const finishedAt = a.at + c.minutes;
    timeline.push({ at: a.at, text: c.text, step: c.step, critical: c.critical, feedback: c.feedback });
    if (c.step && !done.has(c.step)) {
      done.set(c.step, finishedAt);
      order.push(c.step);
    }
    if (c.critical) {
      const rule = plan.never.find((n) => n.id === c.critical);
      criticals.push({ rule: c.critical, text: rule?.text ?? c.critical, choice: c.text, at: a.at });
    }
  }

  // A step is out of order when some step done before it comes later in the plan.
  const outOfOrder = new Set<string>();
  order.forEach((s, i) => {
    if (order.slice(0, i).some((prev) => planOrder.get(prev)! > planOrder.get(s)!)) outOfOrder.add(s);
  });

  const rows: DebriefRow[] = expected.map((id) => {
    const step = plan.steps.find((s) => s.id === id)!;
    const doneAt = done.get(id);
    const late = doneAt !== undefined && step.withinMinutes !== undefined && doneAt > step.withinMinutes;
    const wrongOrder = outOfOrder.has(id);
    const status: StepStatus = doneAt === undefined ? 'missed' : late && wrongOrder ? 'late-order' : late ? 'late' : wrongOrder ? 'order' : 'ok';
    return { step: id, action: step.action, role: step.role, withinMinutes: step.withinMinutes, doneAt, status };
  });

  const worth = { ok: 1, late: 0.5, order: 0.5, 'late-order': 0.25, missed: 0 } as const;
  const base = expected.length ? (100 * rows.reduce((s, r) => s + worth[r.status], 0)) / expected.length : 100;
  const score = Math.max(0, Math.round(base - CRITICAL_PENALTY * criticals.length - HESITATION_PENALTY * run.hesitations));

  const reasons: string[] = [];
  for (const c of criticals) reasons.push(`严重错误：${c.text}`);
  const count = (s: StepStatus) => rows.filter((r) => r.status === s).length;
  if (count('missed')) reasons.push(`漏做 ${count('missed')} 个步骤`);
  if (count('late') + count('late-order')) reasons.push(`${count('late') + count('late-order')} 个步骤超过时限`);
  if (count('order') + count('late-order')) reasons.push(`${count('order') + count('late-order')} 个步骤顺序不对`);
  if (run.hesitations) reasons.push(`犹豫超时 ${run.hesitations} 次`);
  const passed = criticals.length === 0 && score >= PASS_SCORE;
  if (passed && !reasons.length) reasons.push('每个步骤都按顺序、按时完成');

  return { score, passed, reasons, rows, criticals, timeline, elapsed: run.elapsed };
}
