/**
 * An exam's clock runs on time actually spent, not on what the phone's clock says. While the page
 * is open it counts on the monotonic clock (performance.now), which a person changing the phone's
 * time does not move; while the page is closed it counts the wall-clock gap since the last save,
 * so closing the tab pauses nothing. A change of the phone's time is noted for the trainer and
 * never graded: correcting a phone that ran two hours slow used to hand the exam in at 0 分.
 */
export interface ExamClock {
  /** milliseconds of the exam used so far */
  elapsed: number;
  limit: number;
  remaining: number;
  expired: boolean;
}

/** A clock a little off (a network time correction) is not a person changing it. */
export const CLOCK_SLACK_MS = 60_000;

/** What a sitting keeps of its time: when it started, what it had used at its last save, and the wall time of that save. */
export interface SittingTime {
  startedAt: number;
  elapsedMs?: number;
  lastSeenAt?: number;
}

/**
 * Time used when a page opens a sitting: the time used at its last save plus the wall-clock gap
 * since (the page was closed meanwhile). A negative gap, the phone's clock set back, adds nothing
 * and is noted. A sitting saved before elapsed time was kept counts from its start.
 */
export function openedElapsed(s: SittingTime, wallNow: number): { elapsed: number; wentBack: boolean } {
  const savedAt = s.lastSeenAt ?? s.startedAt;
  const saved = s.elapsedMs ?? Math.max(0, savedAt - s.startedAt);
  const gap = wallNow - savedAt;
  return { elapsed: saved + Math.max(0, gap), wentBack: gap < -CLOCK_SLACK_MS };
}

export function examClock(minutes: number, elapsed: number): ExamClock {
  const limit = minutes * 60_000;
  const remaining = limit - elapsed;
  return { elapsed, limit, remaining, expired: remaining <= 0 };
}

/**
 * How far the phone's clock moved on its own since the page opened: positive when set forward,
 * negative when set back, zero (within slack) when it only ticked along with real time.
 */
export function clockShift(wallAtOpen: number, wallNow: number, monoAtOpen: number, monoNow: number): number {
  const shift = wallNow - wallAtOpen - (monoNow - monoAtOpen);
  return Math.abs(shift) > CLOCK_SLACK_MS ? shift : 0;
}

/** When a sitting counts as handed in: its start plus the time it used, never past its limit. */
export function submissionTime(startedAt: number, clock: ExamClock): number {
  return startedAt + Math.max(0, Math.min(clock.elapsed, clock.limit));
}
