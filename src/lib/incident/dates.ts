/** Dates on a record (the report's day and time) and times typed in as HH:MM: what the record and the correction forms need. */
import { hhmm, pad } from './time.ts';

/** 2026-11-25 14:05 */
export function dateTime(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${hhmm(ms)}`;
}

/**
 * The moment a time typed as HH:MM stands for, near a known moment: the same day, or the day before
 * or after when that is closer (an incident reported at 23:50 and rescued at 00:20). Undefined for
 * text that is not a time.
 */
export function parseTimeNear(text: string, near: number): number | undefined {
  const m = /^\s*([01]?\d|2[0-3])[:：]([0-5]\d)\s*$/.exec(text);
  if (!m) return undefined;
  const day = new Date(near);
  day.setHours(Number(m[1]), Number(m[2]), 0, 0);
  const base = day.getTime();
  const candidates = [-1, 0, 1].map((k) => {
    const d = new Date(base);
    d.setDate(d.getDate() + k);
    return d.getTime();
  });
  return candidates.reduce((best, c) => (Math.abs(c - near) < Math.abs(best - near) ? c : best));
}
