/**
 * What a pass certificate states. Its serial number is made from the result's key (exam version,
 * staff number, hand-in time), so the same result always prints the same number and a trainer can
 * find the result behind a certificate by it; the date is the hand-in day in China time.
 */
import { hashString } from '../random.ts';

const CHINA_MS = 8 * 3600_000;

/** "2026-12-01" in China time, whatever the computer's own zone. */
export function chinaDate(ms: number): string {
  return new Date(ms + CHINA_MS).toISOString().slice(0, 10);
}

/** 「2026年12月1日」 */
export function chinaDateText(ms: number): string {
  const [y, m, d] = chinaDate(ms).split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** 「20261201-4F3A9C1E」: the hand-in day and 32 bits of the result key. */
export function certificateSerial(resultKey: string, submittedAt: number): string {
  return `${chinaDate(submittedAt).replace(/-/g, '')}-${hashString(resultKey).toString(16).toUpperCase().padStart(8, '0')}`;
}
