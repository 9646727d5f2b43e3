/**
 * 应知应会 flashcards on FSRS (ts-fsrs). Card states are stored as plain numbers so they survive
 * JSON and zod; this module is the only place that converts to and from ts-fsrs' Date objects.
 */
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs';
import { RATING_LABEL } from './labels.ts';
import { sameLocalDay } from './local-date.ts';
import type { CardState, Cards } from './storage/schemas.ts';

// Fuzz off: the same ratings on the same days give the same schedule (testable, explainable).
const scheduler = fsrs({ enable_fuzz: false, enable_short_term: true });

export type RatingName = 'again' | 'hard' | 'good' | 'easy';
export const RATINGS: { name: RatingName; label: string; grade: Grade }[] = [
  { name: 'again', label: RATING_LABEL.again, grade: Rating.Again },
  { name: 'hard', label: RATING_LABEL.hard, grade: Rating.Hard },
  { name: 'good', label: RATING_LABEL.good, grade: Rating.Good },
  { name: 'easy', label: RATING_LABEL.easy, grade: Rating.Easy },
];

function toCard(s: CardState): Card {
  const { rating: _, introduced: __, ...rest } = s;
  return { ...rest, due: new Date(s.due), state: s.state as State, last_review: s.last_review === undefined ? undefined : new Date(s.last_review) };
}
function fromCard(c: Card, rating?: Grade): CardState {
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
    ...(rating ? { rating } : {}),
  };
}

export function newCardState(now: number): CardState {
  return fromCard(createEmptyCard(new Date(now)));
}

export function review(state: CardState | undefined, rating: RatingName, now: number): CardState {
  const grade = RATINGS.find((r) => r.name === rating)!.grade;
  const card = toCard(state ?? newCardState(now));
  const introduced = state ? state.introduced : now;
  return { ...fromCard(scheduler.next(card, new Date(now), grade).card, grade), ...(introduced === undefined ? {} : { introduced }) };
}

/**
 * 已掌握: the card has left learning (FSRS state Review) and was last rated 记得 or 简单. A card
 * just rated 忘记 or 困难 is still being learnt, however far off its next showing is. Cards stored
 * before the last rating was kept count by their state alone.
 */
export function isMastered(s: CardState | undefined): boolean {
  return !!s && s.state === State.Review && s.rating !== Rating.Again && s.rating !== Rating.Hard;
}

/** Each card of a deck is in exactly one of these. */
export interface DeckCounts {
  /** seen before and due again now */
  due: number;
  new: number;
  /** seen, not due yet, not mastered */
  learning: number;
  /** not due yet and mastered (isMastered) */
  learned: number;
}

/** New cards a deck offers per local day, as Anki's default: a first day of 71 new cards is too many to remember. */
export const NEW_PER_DAY = 20;

/** How many of today's new cards are used and left. Reviews that fall due are never limited. */
export interface NewToday {
  limit: number;
  /** new cards of this deck first rated today (local day) */
  started: number;
  /** new cards still offered today */
  left: number;
  /** unseen cards held back for the coming days */
  later: number;
}

export function newToday(deck: string[], cards: Cards, now: number, limit = NEW_PER_DAY): NewToday {
  const started = deck.filter((id) => {
    const at = cards[id]?.introduced;
    return at !== undefined && sameLocalDay(at, now);
  }).length;
  const unseen = deck.filter((id) => !cards[id]).length;
  const left = Math.min(unseen, Math.max(0, limit - started));
  return { limit, started, left, later: unseen - left };
}

/** Cards to show now: due reviews first (most overdue first), then today's share of new cards in deck order. */
export function dueQueue(deck: string[], cards: Cards, now: number, limit = NEW_PER_DAY): string[] {
  const due = deck.filter((id) => cards[id] && cards[id].due <= now).sort((a, b) => cards[a].due - cards[b].due);
  const fresh = deck.filter((id) => !cards[id]).slice(0, newToday(deck, cards, now, limit).left);
  return [...due, ...fresh];
}

export function deckCounts(deck: string[], cards: Cards, now: number): DeckCounts {
  const n: DeckCounts = { due: 0, new: 0, learning: 0, learned: 0 };
  for (const id of deck) {
    const c = cards[id];
    n[!c ? 'new' : c.due <= now ? 'due' : isMastered(c) ? 'learned' : 'learning']++;
  }
  return n;
}

/** "3 天后" — when a rating would bring the card back, for the buttons. */
export function nextIntervalText(state: CardState | undefined, rating: RatingName, now: number): string {
  const next = review(state, rating, now);
  const mins = Math.round((next.due - now) / 60000);
  if (mins < 60) return `${Math.max(1, mins)} 分钟后`;
  if (mins < 60 * 24) return `${Math.round(mins / 60)} 小时后`;
  return `${Math.round(mins / 1440)} 天后`;
}
