/** Clock times as staff write them on a record (local time, 24-hour), and elapsed time since 接报. */
const MINUTE = 60_000;
export const pad = (n: number) => String(n).padStart(2, '0');

/** 14:05 */
export function hhmm(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** 14:05:09 */
export function hhmmss(ms: number): string {
  return `${hhmm(ms)}:${pad(new Date(ms).getSeconds())}`;
}

/** Elapsed time on the running clock: 12:04, or 1:02:04 past an hour. Negative counts as zero. */
export function elapsedClock(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(s / 3600);
  const rest = `${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
  return h ? `${h}:${rest}` : rest;
}

/**
 * Minutes as a record counts them: started minutes, so a step done 29 min 40 s after the report is
 * in minute 30 (on time for a 30-minute limit) and one done at 30 min 20 s is in minute 31 (late).
 */
export const minutesCeil = (ms: number) => Math.max(0, Math.ceil(ms / MINUTE));

/** "3 分 20 秒" / "45 秒" / "2 小时 5 分" for a countdown or an overrun. */
export function elapsedText(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  if (h) return `${h} 小时 ${m} 分`;
  return m ? `${m} 分 ${s % 60} 秒` : `${s} 秒`;
}
