/**
 * Checklist periods: a run belongs to the shift, day, week or month it was ticked in. When the
 * period changes, the unfinished run is saved to history and the new period starts empty.
 */
import { PERIOD_LABEL } from './labels.ts';
import type { ChecklistRun, Checklists } from './storage/schemas.ts';

export type Cadence = 'shift' | 'daily' | 'weekly' | 'monthly' | 'once';

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

type Entry = Checklists[string];

/** Brings a checklist up to the current period, moving an older run with any tick into history. */
export function rollover(entry: Entry | undefined, cadence: Cadence, now: Date): Entry {
  const period = periodOf(cadence, now);
  const e: Entry = entry ?? { history: [] };
  if (!e.current || e.current.period === period) return { history: e.history, current: e.current ?? { period, ticks: {} } };
  const touched = Object.values(e.current.ticks).some((t) => t.done || t.note);
  const history = touched ? [...e.history, { period: e.current.period, savedAt: now.getTime(), by: '', ticks: e.current.ticks }] : e.history;
  return { history, current: { period, ticks: {} } };
}

export function tick(entry: Entry, itemId: string, done: boolean, note?: string): Entry {
  const cur = entry.current!;
  const prev = cur.ticks[itemId] ?? { done: false };
  return { ...entry, current: { ...cur, ticks: { ...cur.ticks, [itemId]: { done, note: note ?? prev.note } } } };
}

/** Saves the current run (with who did it and an optional supervisor sign-off) and starts a fresh one. */
export function saveRun(entry: Entry, by: string, now: Date, signoff?: ChecklistRun['signoff']): Entry {
  const cur = entry.current!;
  const run: ChecklistRun = { period: cur.period, savedAt: now.getTime(), by: by.trim(), ticks: cur.ticks, ...(signoff ? { signoff } : {}) };
  return { history: [...entry.history, run], current: { period: cur.period, ticks: {} } };
}

export function doneCount(ticks: Record<string, { done: boolean }>, itemIds: string[]): number {
  return itemIds.filter((id) => ticks[id]?.done).length;
}
