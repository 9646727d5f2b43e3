import { describe, expect, it } from 'vitest';
import { deckCounts, dueQueue, newCardState, nextIntervalText, review } from '../../src/lib/cards.ts';
import { periodOf, rollover, saveRun, tick } from '../../src/lib/checklist.ts';

const DAY = 86_400_000;
const t0 = new Date('2026-11-25T09:00:00').getTime();

describe('FSRS wrapper', () => {
  it('schedules 简单 further out than 良好, 良好 further than 困难, and 忘记 soonest', () => {
    const dues = (['again', 'hard', 'good', 'easy'] as const).map((r) => review(undefined, r, t0).due);
    expect(dues[0]).toBeLessThan(dues[1]);
    expect(dues[1]).toBeLessThanOrEqual(dues[2]);
    expect(dues[2]).toBeLessThan(dues[3]);
  });
  it('grows the interval when a card keeps being remembered', () => {
    let s = review(undefined, 'good', t0);
    s = review(s, 'good', s.due);
    const first = s.due - s.last_review!;
    s = review(s, 'good', s.due);
    expect(s.due - s.last_review!).toBeGreaterThan(first);
    expect(s.reps).toBe(3);
  });
  it('counts a lapse when a review card is forgotten', () => {
    let s = review(undefined, 'easy', t0);
    s = review(s, 'again', s.due + DAY);
    expect(s.lapses).toBe(1);
  });
  it('is deterministic for the same ratings and times', () => {
    expect(review(review(undefined, 'good', t0), 'hard', t0 + 3 * DAY)).toEqual(review(review(undefined, 'good', t0), 'hard', t0 + 3 * DAY));
  });
  it('queues due cards before new ones and counts the deck', () => {
    const cards = { a: review(undefined, 'easy', t0), b: { ...newCardState(t0), due: t0 - 1 } };
    const now = t0 + 1;
    expect(dueQueue(['a', 'b', 'c'], cards, now)).toEqual(['b', 'c']);
    expect(deckCounts(['a', 'b', 'c'], cards, now)).toEqual({ due: 1, new: 1, learned: 1 });
  });
  it('describes the next interval in Chinese', () => {
    expect(nextIntervalText(undefined, 'again', t0)).toMatch(/分钟后$/);
    expect(nextIntervalText(undefined, 'easy', t0)).toMatch(/天后$/);
  });
});

describe('checklist periods', () => {
  it('names shift, day, ISO week and month periods', () => {
    const at = new Date('2026-11-25T21:30:00');
    expect(periodOf('daily', at)).toBe('2026-11-25');
    expect(periodOf('monthly', at)).toBe('2026-11');
    expect(periodOf('weekly', at)).toBe('2026-W48');
    expect(periodOf('weekly', new Date('2027-01-01T10:00:00'))).toBe('2026-W53');
    expect(periodOf('shift', at)).toBe('2026-11-25 夜班');
    expect(periodOf('shift', new Date('2026-11-26T03:00:00'))).toBe('2026-11-25 夜班');
    expect(periodOf('shift', new Date('2026-11-26T08:00:00'))).toBe('2026-11-26 白班');
    expect(periodOf('once', at)).toBe('once');
  });

  it('keeps ticks within the period and starts clean the next day, with yesterday in history', () => {
    const day1 = new Date('2026-11-25T10:00:00');
    let e = rollover(undefined, 'daily', day1);
    e = tick(e, 'gate', true, '大门口干净');
    e = rollover(e, 'daily', new Date('2026-11-25T23:59:00'));
    expect(e.current?.ticks.gate).toEqual({ done: true, note: '大门口干净' });
    e = rollover(e, 'daily', new Date('2026-11-26T06:00:00'));
    expect(e.current).toEqual({ period: '2026-11-26', ticks: {} });
    expect(e.history).toHaveLength(1);
    expect(e.history[0].period).toBe('2026-11-25');
    expect(e.history[0].ticks.gate.done).toBe(true);
  });

  it('does not put an untouched period into history', () => {
    let e = rollover(undefined, 'daily', new Date('2026-11-25T10:00:00'));
    e = rollover(e, 'daily', new Date('2026-11-27T10:00:00'));
    expect(e.history).toEqual([]);
  });

  it('saves a run with who did it and the supervisor sign-off, then starts the same period clean', () => {
    let e = rollover(undefined, 'shift', new Date('2026-11-25T09:00:00'));
    e = tick(e, 'a', true);
    e = saveRun(e, ' 张三 ', new Date('2026-11-25T19:00:00'), { name: '李主管', date: '2026-11-25' });
    expect(e.history[0]).toMatchObject({ period: '2026-11-25 白班', by: '张三', signoff: { name: '李主管', date: '2026-11-25' } });
    expect(e.current).toEqual({ period: '2026-11-25 白班', ticks: {} });
  });
});
