/**
 * Dates as the person's own clock shows them. `toISOString()` gives the UTC date, which in China
 * is the previous day until 08:00: a CSV exported at 07:30 was named after yesterday, and a
 * flashcard day would turn at 08:00 instead of midnight.
 */

/** Minutes to add to local time to get UTC, as Date#getTimezoneOffset gives them (China: -480). */
export type TzOffset = number;

/** 「2026-12-02」: the local calendar date of `ms`. The offset defaults to this device's zone at that moment. */
export function localDate(ms: number, tzOffset: TzOffset = new Date(ms).getTimezoneOffset()): string {
  return new Date(ms - tzOffset * 60_000).toISOString().slice(0, 10);
}

/** Whether two moments fall on the same local calendar day. */
export function sameLocalDay(a: number, b: number, tzOffset?: TzOffset): boolean {
  return localDate(a, tzOffset ?? new Date(a).getTimezoneOffset()) === localDate(b, tzOffset ?? new Date(b).getTimezoneOffset());
}
