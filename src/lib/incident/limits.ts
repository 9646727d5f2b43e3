/**
 * Time limits during a live run. A step with a limit (withinMinutes) counts down from the report
 * time; it warns in its last stretch and is overdue after. The warning rule is the screen's, not a
 * content figure: the last 5 minutes or the last fifth of the limit, whichever is longer.
 */
import type { Incident, IncidentStep, StepMark } from '../storage/incidents-schema.ts';

const MINUTE = 60_000;
export const WARN_MINUTES = 5;
export const WARN_RULE = `到时限前 ${WARN_MINUTES} 分钟或只剩五分之一时间时（取较早的）开始提醒`;

/** How long before the deadline the warning starts. */
export const warnWindow = (withinMinutes: number) => Math.max(WARN_MINUTES * MINUTE, (withinMinutes * MINUTE) / 5);

export type LimitState = 'running' | 'warning' | 'overdue' | 'met' | 'late' | 'skipped';
export interface Limit {
  state: LimitState;
  minutes: number;
  deadline: number;
  /** ms left before the deadline (running, warning), or past it (overdue, late: negative) */
  left: number;
}

/** A step's limit now; undefined for a step without one. */
export function limitOf(step: IncidentStep, mark: StepMark | undefined, reportedAt: number, now: number): Limit | undefined {
  if (!step.withinMinutes) return undefined;
  const minutes = step.withinMinutes;
  const deadline = reportedAt + minutes * MINUTE;
  const base = { minutes, deadline };
  if (mark?.doneAt !== undefined) return { ...base, state: mark.doneAt <= deadline ? 'met' : 'late', left: deadline - mark.doneAt };
  if (mark?.skipped) return { ...base, state: 'skipped', left: deadline - now };
  const left = deadline - now;
  return { ...base, state: left < 0 ? 'overdue' : left <= warnWindow(minutes) ? 'warning' : 'running', left };
}

export interface OpenLimit extends Limit {
  step: IncidentStep;
}

/** Limits still counting (not done, not skipped), the most urgent first. */
export function openLimits(inc: Incident, now: number): OpenLimit[] {
  return inc.steps
    .flatMap((step) => {
      const l = limitOf(step, inc.marks[step.id], inc.reportedAt, now);
      return l && (l.state === 'running' || l.state === 'warning' || l.state === 'overdue') ? [{ ...l, step }] : [];
    })
    .sort((a, b) => a.deadline - b.deadline);
}
