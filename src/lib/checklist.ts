/**
 * Checklist periods and results: a run belongs to the shift, day, week or month it was filled in.
 * Each item is found 合格, 不合格 or 不适用, with a note, and a failed item carries what is being
 * done about it (整改措施). When the period changes, the unfinished run is saved to history and the
 * new period starts empty.
 */
import { PERIOD_LABEL, SHIFT_HOURS, type Cadence } from './labels.ts';
import type { ChecklistRun, Checklists } from './storage/schemas.ts';

export type { Cadence };
export type Result = 'pass' | 'fail' | 'na';
type Entry = Checklists[string];
type Ticks = ChecklistRun['ticks'];
export type Tick = Ticks[string];

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** Shift boundaries follow the common two-shift roster: 白班 08:00–20:00, 夜班 20:00–08:00. */
export function periodOf(cadence: Cadence, at: Date): string {
  switch (cadence) {
    case 'once':
      return 'once';
    case 'daily':
      return ymd(at);
    case 'monthly':
      return `${at.getFullYear()}-${pad(at.getMonth() + 1)}`;
    case 'weekly': {
      // ISO week: the Thursday of this week decides the year
      const d = new Date(at.getFullYear(), at.getMonth(), at.getDate());
      const day = (d.getDay() + 6) % 7;
      d.setDate(d.getDate() - day + 3);
      const firstThursday = new Date(d.getFullYear(), 0, 4);
      const week = 1 + Math.round(((d.getTime() - firstThursday.getTime()) / 86400000 - 3 + ((firstThursday.getDay() + 6) % 7)) / 7);
      return `${d.getFullYear()}-W${pad(week)}`;
    }
    case 'shift': {
      const h = at.getHours();
      if (h >= 8 && h < 20) return `${ymd(at)} 白班`;
      const night = new Date(at);
      if (h < 8) night.setDate(night.getDate() - 1);
      return `${ymd(night)} 夜班`;
    }
  }
}

export function periodLabel(cadence: Cadence): string {
  return PERIOD_LABEL[cadence];
}

/**
 * A period as people say it: a night shift spans two dates, so it is named by the date it starts
 * with its hours — 「11-30 夜班（20:00—次日 08:00）」; 「2026 年第 48 周」, 「2026 年 11 月」.
 */
export function periodText(cadence: Cadence, period: string): string {
  if (cadence === 'once' || period === 'once') return '';
  const shift = /^\d{4}-(\d\d-\d\d) (白班|夜班)$/.exec(period);
  if (shift) return `${shift[1]} ${shift[2]}（${SHIFT_HOURS[shift[2] as keyof typeof SHIFT_HOURS]}）`;
  const week = /^(\d{4})-W(\d\d)$/.exec(period);
  if (week) return `${week[1]} 年第 ${Number(week[2])} 周`;
  const month = /^(\d{4})-(\d\d)$/.exec(period);
  if (month) return `${month[1]} 年 ${Number(month[2])} 月`;
  return period;
}

/** The date a sign-off defaults to: the day the shift or day began (not the clock's date at 01:00), else today. */
export function signDate(period: string, now: Date): string {
  return /^\d{4}-\d\d-\d\d/.exec(period)?.[0] ?? ymd(now);
}

/** Brings a checklist up to the current period, moving an older run with any tick into history. */
export function rollover(entry: Entry | undefined, cadence: Cadence, now: Date): Entry {
  const period = periodOf(cadence, now);
  const e: Entry = entry ?? { history: [] };
  if (!e.current || e.current.period === period) return { history: e.history, current: e.current ?? { period, ticks: {} } };
  const touched = Object.values(e.current.ticks).some((t) => t.done || t.note || t.action);
  const history = touched ? [...e.history, { period: e.current.period, savedAt: now.getTime(), by: '', ticks: e.current.ticks }] : e.history;
  return { history, current: { period, ticks: {} } };
}

/** What an item was found to be. A tick stored before results were kept (done only) counts as 合格. */
export function resultOf(t: Tick | undefined): Result | undefined {
  return t?.result ?? (t?.done ? 'pass' : undefined);
}

/** Sets an item's result, note or action; `done` stays "answered" (any result given). */
export function setItem(entry: Entry, itemId: string, patch: { result?: Result; note?: string; action?: string; photos?: string[] }): Entry {
  const cur = entry.current!;
  const next: Tick = { ...(cur.ticks[itemId] ?? { done: false }), ...patch };
  next.done = !!resultOf(next);
  return { ...entry, current: { ...cur, ticks: { ...cur.ticks, [itemId]: next } } };
}

export interface Tally {
  pass: number;
  fail: number;
  na: number;
  /** items with no result yet */
  open: number;
}
export function tally(ticks: Ticks, itemIds: string[]): Tally {
  const n: Tally = { pass: 0, fail: 0, na: 0, open: 0 };
  for (const id of itemIds) n[resultOf(ticks[id]) ?? 'open']++;
  return n;
}

/** Failed items without a follow-up action: a run cannot be saved while there are any. */
export function missingActions(ticks: Ticks, itemIds: string[]): string[] {
  return itemIds.filter((id) => resultOf(ticks[id]) === 'fail' && !ticks[id].action?.trim());
}

/** Saves the current run (with who did it and an optional supervisor sign-off) and starts a fresh one. */
export function saveRun(entry: Entry, by: string, now: Date, signoff?: ChecklistRun['signoff']): Entry {
  const cur = entry.current!;
  const run: ChecklistRun = { period: cur.period, savedAt: now.getTime(), by: by.trim(), ticks: cur.ticks, ...(signoff ? { signoff } : {}) };
  return { history: [...entry.history, run], current: { period: cur.period, ticks: {} } };
}

/** Items answered (any result). */
export function doneCount(ticks: Record<string, { done: boolean }>, itemIds: string[]): number {
  return itemIds.filter((id) => ticks[id]?.done).length;
}
