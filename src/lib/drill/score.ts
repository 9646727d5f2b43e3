/**
 * A finished drill run scored against its emergency plan: which standard steps were done, in
 * order, on time; which rules were broken; and the words the debrief shows for all of it.
 */
import type { Drill, DrillPlan, Run } from './types.ts';

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
  /** the plan's wording of when, for a step without a number: 立即 / 尽快 / 同步 / 事后 */
  when?: string;
  /** minute the person did it (after the choice's own duration), if they did */
  doneAt?: number;
  /** minutes past withinMinutes, for a step done over its limit */
  overBy?: number;
  /** minutes lost to detours that stood in for this step before it was done */
  delay?: number;
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
/** Steps the plan wants done without a wait; a detour before one of them makes it late. */
const NO_WAIT = new Set(['立即', '尽快', '同步']);
/** Said only of a run with nothing to fault: every step done, in order, none late. */
export const PERFECT_REASON = '每个步骤都按顺序完成，没有超时，也没有耽误';

/**
 * A run against its plan. Time is judged two ways:
 * - a step with a sourced limit (withinMinutes, counted from the alarm) is late when it is done
 *   after that minute;
 * - a step the plan wants done at once (立即 / 尽快 / 同步) is late when a detour put it off. A
 *   detour is a choice that does no plan step and breaks no rule but takes time ("first ring the
 *   engineer on duty"): it stands in for the steps its sibling choices would have done, and those
 *   steps, when done later, are late by the detour's minutes.
 * Hesitation in pressure mode costs points of its own and is not charged to a step.
 */
export function scoreRun(d: Drill, plan: DrillPlan, run: Run): DrillResult {
  const expected = expectedSteps(d, plan);
  const planOrder = new Map(plan.steps.map((s, i) => [s.id, i]));
  const done = new Map<string, number>();
  const owed = new Map<string, number>();
  const order: string[] = [];
  const criticals: CriticalError[] = [];
  const timeline: DrillResult['timeline'] = [];
  for (const a of run.actions) {
    const node = d.nodes[a.node];
    const c = node.choices[a.choice];
    const finishedAt = a.at + c.minutes;
    timeline.push({ at: a.at, text: c.text, step: c.step, critical: c.critical, feedback: c.feedback });
    if (c.step && !done.has(c.step)) {
      done.set(c.step, finishedAt);
      order.push(c.step);
    }
    if (!c.step && !c.critical && c.minutes > 0) {
      const insteadOf = new Set(node.choices.flatMap((x) => (x.step && !done.has(x.step) ? [x.step] : [])));
      for (const s of insteadOf) owed.set(s, (owed.get(s) ?? 0) + c.minutes);
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
    const row: DebriefRow = { step: id, action: step.action, role: step.role, withinMinutes: step.withinMinutes, when: step.when, doneAt, status: 'ok' };
    let late = false;
    if (doneAt !== undefined && step.withinMinutes !== undefined) {
      late = doneAt > step.withinMinutes;
      if (late) row.overBy = doneAt - step.withinMinutes;
    } else if (doneAt !== undefined && NO_WAIT.has(step.when ?? '') && owed.has(id)) {
      late = true;
      row.delay = owed.get(id);
    }
    const wrongOrder = outOfOrder.has(id);
    row.status = doneAt === undefined ? 'missed' : late && wrongOrder ? 'late-order' : late ? 'late' : wrongOrder ? 'order' : 'ok';
    return row;
  });

  const worth = { ok: 1, late: 0.5, order: 0.5, 'late-order': 0.25, missed: 0 } as const;
  const base = expected.length ? (100 * rows.reduce((s, r) => s + worth[r.status], 0)) / expected.length : 100;
  const score = Math.max(0, Math.round(base - CRITICAL_PENALTY * criticals.length - HESITATION_PENALTY * run.hesitations));

  const reasons: string[] = [];
  for (const c of criticals) reasons.push(`严重错误：${c.text}`);
  const count = (s: StepStatus) => rows.filter((r) => r.status === s).length;
  const over = rows.filter((r) => r.overBy !== undefined);
  const delayed = rows.filter((r) => r.delay !== undefined);
  if (count('missed')) reasons.push(`漏做 ${count('missed')} 个步骤`);
  if (over.length) reasons.push(`${over.length} 个步骤超过时限`);
  if (delayed.length) reasons.push(`${delayed.length} 个该马上做的步骤被耽误，共晚了 ${delayed.reduce((n, r) => n + r.delay!, 0)} 分钟`);
  if (count('order') + count('late-order')) reasons.push(`${count('order') + count('late-order')} 个步骤顺序不对`);
  if (run.hesitations) reasons.push(`犹豫超时 ${run.hesitations} 次`);
  const passed = criticals.length === 0 && score >= PASS_SCORE;
  if (!reasons.length) reasons.push(PERFECT_REASON);

  return { score, passed, reasons, rows, criticals, timeline, elapsed: run.elapsed };
}
