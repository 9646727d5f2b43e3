/**
 * 应知应会 flashcards on FSRS (ts-fsrs). Card states are stored as plain numbers so they survive
 * JSON and zod; this module is the only place that converts to and from ts-fsrs' Date objects.
 */
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs';
import type { CardState, Cards } from './storage/schemas.ts';

// Fuzz off: the same ratings on the same days give the same schedule (testable, explainable).
const scheduler = fsrs({ enable_fuzz: false, enable_short_term: true });

export type RatingName = 'again' | 'hard' | 'good' | 'easy';
export const RATINGS: { name: RatingName; label: string; grade: Grade }[] = [
  { name: 'again', label: '忘记', grade: Rating.Again },
  { name: 'hard', label: '困难', grade: Rating.Hard },
  { name: 'good', label: '良好', grade: Rating.Good },
  { name: 'easy', label: '简单', grade: Rating.Easy },
];

function toCard(s: CardState): Card {
  return { ...s, due: new Date(s.due), state: s.state as State, last_review: s.last_review === undefined ? undefined : new Date(s.last_review) };
}
function fromCard(c: Card): CardState {
  return {
    due: c.due.getTime(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsed_days,
    scheduled_days: c.scheduled_days,
    learning_steps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    last_review: c.last_review?.getTime(),
  };
}

export function newCardState(now: number): CardState {
  return fromCard(createEmptyCard(new Date(now)));
}

export function review(state: CardState | undefined, rating: RatingName, now: number): CardState {
  const grade = RATINGS.find((r) => r.name === rating)!.grade;
  const card = toCard(state ?? newCardState(now));
  return fromCard(scheduler.next(card, new Date(now), grade).card);
}

export interface DeckCounts {
  due: number;
  new: number;
  learned: number;
}

/** Cards to show now: due reviews first (most overdue first), then new cards in deck order. */
export function dueQueue(deck: string[], cards: Cards, now: number): string[] {
  const due = deck.filter((id) => cards[id] && cards[id].due <= now).sort((a, b) => cards[a].due - cards[b].due);
  const fresh = deck.filter((id) => !cards[id]);
  return [...due, ...fresh];
}

export function deckCounts(deck: string[], cards: Cards, now: number): DeckCounts {
  let due = 0;
  let fresh = 0;
  let learned = 0;
  for (const id of deck) {
    const c = cards[id];
    if (!c) fresh++;
    else if (c.due <= now) due++;
    else learned++;
  }
  return { due, new: fresh, learned };
}

/** "3 天后" — when a rating would bring the card back, for the buttons. */
export function nextIntervalText(state: CardState | undefined, rating: RatingName, now: number): string {
  const next = review(state, rating, now);
  const mins = Math.round((next.due - now) / 60000);
  if (mins < 60) return `${Math.max(1, mins)} 分钟后`;
  if (mins < 60 * 24) return `${Math.round(mins / 60)} 小时后`;
  return `${Math.round(mins / 1440)} 天后`;
}
