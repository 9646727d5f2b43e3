import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEW_PER_DAY, deckCounts, dueQueue, isMastered, newCardState, newToday, nextIntervalText, review } from '../../src/lib/cards.ts';
import type { Cards } from '../../src/lib/storage/cards-schema.ts';
import { missingActions, periodOf, periodText, resultOf, rollover, saveRun, setItem, signDate, tally } from '../../src/lib/checklist.ts';
import { parseCards } from '../../src/lib/storage/cards-schema.ts';
import { parseChecklists } from '../../src/lib/storage/checklists-schema.ts';

const DAY = 86_400_000;
const t0 = new Date('2026-11-25T09:00:00').getTime();

describe('FSRS wrapper', () => {
  it('schedules 简单 further out than 记得, 记得 further than 困难, and 忘记 soonest', () => {
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
    expect(deckCounts(['a', 'b', 'c'], cards, now)).toEqual({ due: 1, new: 1, learning: 0, learned: 1 });
  });
  it('does not count a card rated 忘记 or 困难 as mastered, though it is not due yet', () => {
    const cards = { a: review(undefined, 'again', t0), b: review(undefined, 'hard', t0), c: review(undefined, 'easy', t0) };
    const now = t0 + 1;
    expect(cards.a.due).toBeGreaterThan(now);
    expect(cards.b.due).toBeGreaterThan(now);
    expect(deckCounts(['a', 'b', 'c', 'd'], cards, now)).toEqual({ due: 0, new: 1, learning: 2, learned: 1 });
  });
  it('masters a card only in Review whose last rating was 记得 or 简单', () => {
    const easy = review(undefined, 'easy', t0);
    expect(isMastered(easy)).toBe(true);
    expect(isMastered(undefined)).toBe(false);
    // 良好 on a new card is still in (short-term) learning
    expect(isMastered(review(undefined, 'good', t0))).toBe(false);
    // 困难 on a review card keeps it in Review, but it is not mastered any more
    const hard = review(easy, 'hard', easy.due);
    expect(hard.state).toBe(2);
    expect(isMastered(hard)).toBe(false);
    // 忘记 sends it back to relearning; remembering it again brings it back
    const lapsed = review(easy, 'again', easy.due);
    expect(isMastered(lapsed)).toBe(false);
    let back = review(lapsed, 'good', lapsed.due);
    while (back.state !== 2) back = review(back, 'good', back.due);
    expect(isMastered(back)).toBe(true);
    expect(isMastered(review(back, 'easy', back.due))).toBe(true);
  });
  it('keeps the last rating with the card and still reads cards stored without it', () => {
    expect(review(undefined, 'hard', t0).rating).toBe(2);
    const { rating: _, ...old } = review(undefined, 'easy', t0);
    const parsed = parseCards({ x: old });
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(isMastered(parsed.value.x)).toBe(true);
    expect(parseCards({ x: { ...old, rating: 7 } }).ok).toBe(false);
  });
  it('describes the next interval in Chinese', () => {
    expect(nextIntervalText(undefined, 'again', t0)).toMatch(/分钟后$/);
    expect(nextIntervalText(undefined, 'easy', t0)).toMatch(/天后$/);
  });
});

describe('daily new-card limit', () => {
  const tz = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'Asia/Shanghai';
  });
  afterAll(() => {
    process.env.TZ = tz;
  });
  const bj = (s: string) => Date.parse(s + '+08:00');
  const deck = Array.from({ length: 71 }, (_, i) => `c${i}`);
  /** rates the first n cards the queue offers 记得 at `at`, as the page does */
  const learn = (cards: Cards, n: number, at: number): Cards => {
    const next = { ...cards };
    for (const id of dueQueue(deck, next, at)
      .filter((id) => !next[id])
      .slice(0, n))
      next[id] = review(undefined, 'good', at);
    return next;
  };

  it('offers 20 of 71 new cards on the first day, as Anki does by default', () => {
    expect(NEW_PER_DAY).toBe(20);
    const day1 = bj('2026-12-02T09:00:00');
    expect(dueQueue(deck, {}, day1)).toEqual(deck.slice(0, 20));
    expect(newToday(deck, {}, day1)).toEqual({ limit: 20, started: 0, left: 20, later: 51 });
    expect(deckCounts(deck, {}, day1).new).toBe(71);
  });
  it('counts new cards started today, offers none past the limit, and 20 more the next local day', () => {
    const morning = bj('2026-12-02T07:30:00');
    let cards = learn({}, 12, morning);
    expect(newToday(deck, cards, bj('2026-12-02T12:00:00'))).toEqual({ limit: 20, started: 12, left: 8, later: 51 });
    cards = learn(cards, 8, bj('2026-12-02T12:00:00'));
    const evening = bj('2026-12-02T23:59:00');
    expect(newToday(deck, cards, evening)).toMatchObject({ started: 20, left: 0, later: 51 });
    expect(dueQueue(deck, cards, evening).some((id) => !cards[id])).toBe(false);
    // local midnight, not 08:00 (UTC midnight), starts the next day's share
    const afterMidnight = bj('2026-12-03T00:01:00');
    expect(newToday(deck, cards, afterMidnight)).toMatchObject({ started: 0, left: 20, later: 31 });
    expect(dueQueue(deck, cards, afterMidnight).filter((id) => !cards[id])).toEqual(deck.slice(20, 40));
  });
  it('never limits reviews that fall due', () => {
    const day1 = bj('2026-12-02T09:00:00');
    // 30 cards seen long ago (before the limit was kept), all due now, plus today's 20 new ones started
    let cards: Cards = Object.fromEntries(deck.slice(0, 30).map((id) => [id, { ...review(undefined, 'good', bj('2026-11-01T09:00:00')), introduced: undefined }]));
    cards = learn(cards, 20, day1);
    const later = bj('2026-12-02T22:00:00');
    const queue = dueQueue(deck, cards, later);
    const due = deck.filter((id) => cards[id] && cards[id].due <= later);
    expect(due.length).toBeGreaterThan(20);
    expect(queue).toEqual(expect.arrayContaining(due));
    expect(queue.filter((id) => !cards[id])).toEqual([]);
  });
  it('keeps the day a card was started through later ratings, and reads cards stored without it', () => {
    const first = review(undefined, 'again', bj('2026-12-02T09:00:00'));
    expect(first.introduced).toBe(bj('2026-12-02T09:00:00'));
    expect(review(first, 'good', first.due).introduced).toBe(first.introduced);
    const { introduced: _, ...old } = first;
    expect(parseCards({ x: old }).ok).toBe(true);
    expect(newToday(['x', 'y'], { x: old }, bj('2026-12-02T10:00:00'))).toEqual({ limit: 20, started: 0, left: 1, later: 0 });
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
    e = setItem(e, 'gate', { result: 'pass', note: '大门口干净' });
    e = rollover(e, 'daily', new Date('2026-11-25T23:59:00'));
    expect(e.current?.ticks.gate).toEqual({ done: true, result: 'pass', note: '大门口干净' });
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
    e = setItem(e, 'a', { result: 'pass' });
    e = saveRun(e, ' 张三 ', new Date('2026-11-25T19:00:00'), { name: '李主管', date: '2026-11-25' });
    expect(e.history[0]).toMatchObject({ period: '2026-11-25 白班', by: '张三', signoff: { name: '李主管', date: '2026-11-25' } });
    expect(e.current).toEqual({ period: '2026-11-25 白班', ticks: {} });
  });

  it('names a night shift by the date it starts, with its hours, and signs it off on that date', () => {
    const lateNight = new Date('2026-12-01T01:30:00');
    const period = periodOf('shift', lateNight);
    expect(period).toBe('2026-11-30 夜班');
    expect(periodText('shift', period)).toBe('11-30 夜班（20:00—次日 08:00）');
    expect(signDate(period, lateNight)).toBe('2026-11-30');
    expect(periodText('shift', '2026-12-01 白班')).toBe('12-01 白班（08:00—20:00）');
    expect(periodText('daily', '2026-11-25')).toBe('2026-11-25');
    expect(periodText('weekly', '2026-W48')).toBe('2026 年第 48 周');
    expect(periodText('monthly', '2026-11')).toBe('2026 年 11 月');
    expect(periodText('once', 'once')).toBe('');
    expect(signDate('2026-11', new Date('2026-12-01T10:00:00'))).toBe('2026-12-01');
  });
});

describe('checklist results', () => {
  const ids = ['a', 'b', 'c', 'd'];
  const start = () => rollover(undefined, 'daily', new Date('2026-11-25T10:00:00'));

  it('records 合格 / 不合格 / 不适用 per item, with done meaning answered', () => {
    let e = start();
    e = setItem(e, 'a', { result: 'pass' });
    e = setItem(e, 'b', { result: 'fail', note: '灭火器压力不足' });
    e = setItem(e, 'c', { result: 'na' });
    e = setItem(e, 'd', { note: '还没去看' });
    const t = e.current!.ticks;
    expect(t.b).toEqual({ done: true, result: 'fail', note: '灭火器压力不足' });
    expect(t.d.done).toBe(false);
    expect(tally(t, ids)).toEqual({ pass: 1, fail: 1, na: 1, open: 1 });
    e = setItem(e, 'b', { result: 'pass' });
    expect(tally(e.current!.ticks, ids)).toEqual({ pass: 2, fail: 0, na: 1, open: 1 });
  });

  it('needs a follow-up action on every failed item', () => {
    let e = start();
    e = setItem(e, 'a', { result: 'fail' });
    e = setItem(e, 'b', { result: 'fail', action: '   ' });
    e = setItem(e, 'c', { result: 'fail', action: '已报工程部更换，今天下班前复查' });
    e = setItem(e, 'd', { result: 'pass' });
    expect(missingActions(e.current!.ticks, ids)).toEqual(['a', 'b']);
  });

  it('reads runs stored before results were kept: a ticked item counts as 合格', () => {
    const old = {
      daily: {
        current: { period: '2026-11-25', ticks: { a: { done: true }, b: { done: false, note: '备注' } } },
        history: [{ period: '2026-11-24', savedAt: 1, by: '张三', ticks: { a: { done: true, note: '好' } } }],
      },
    };
    const parsed = parseChecklists(old);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(resultOf(parsed.value.daily.history[0].ticks.a)).toBe('pass');
    expect(tally(parsed.value.daily.current!.ticks, ids)).toEqual({ pass: 1, fail: 0, na: 0, open: 3 });
    expect(parseChecklists({ x: { history: [], current: { period: 'p', ticks: { a: { done: true, result: 'maybe' } } } } }).ok).toBe(false);
  });
});
