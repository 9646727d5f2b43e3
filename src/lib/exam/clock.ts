/**
 * An exam's clock. The deadline is fixed when the sitting starts (start + minutes), not counted
 * down from whenever the page was open, so closing the tab does not pause it; and the phone's
 * clock may be set back, so "now" never goes behind the latest time this sitting has seen.
 */
export interface ExamClock {
  /** the time the exam runs on: the wall clock, or the latest time seen if the clock went back */
  now: number;
  deadline: number;
  remaining: number;
  expired: boolean;
  /** the phone's clock is behind a time this sitting already saw */
  wentBack: boolean;
}

/** A clock a little behind (a network time correction) is not a person setting it back. */
export const CLOCK_SLACK_MS = 60_000;

export function examClock(startedAt: number, minutes: number, wallNow: number, lastSeenAt = startedAt): ExamClock {
  const deadline = startedAt + minutes * 60_000;
  const now = Math.max(wallNow, lastSeenAt, startedAt);
  const remaining = deadline - now;
  return { now, deadline, remaining, expired: remaining <= 0, wentBack: wallNow < lastSeenAt - CLOCK_SLACK_MS };
}

/** When a sitting counts as handed in: never after its deadline, whatever the clock says. */
export function submissionTime(clock: ExamClock): number {
  return Math.min(clock.now, clock.deadline);
}
