/**
 * The browser's Question type (src/lib/quiz/types.ts) and the content schema's (src/schemas/quiz.ts)
 * are written apart (lib takes nothing from schemas); this holds them together where they must
 * agree. Ordering questions differ on purpose (the browser gets a plan's steps as items), and so
 * does a number question's answer (the project's figure is filled in before it reaches a phone).
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { Question as Shipped } from '../../src/lib/quiz/types.ts';
import type { Question as Authored } from '../../src/schemas/quiz.ts';

type Of<Q, T> = Extract<Q, { type: T }>;

/** each type can stand for the other: the same fields, the same kinds of value */
function same<A, B>(check: (a: A, b: B) => [B, A]) {
  return check;
}

describe('question types', () => {
  it('single, multiple, scenario, true/false and matching questions reach the browser as the schema reads them (checked by tsc)', () => {
    same<Of<Authored, 'single'>, Of<Shipped, 'single'>>((a, b) => [a, b]);
    same<Of<Authored, 'multiple'>, Of<Shipped, 'multiple'>>((a, b) => [a, b]);
    same<Of<Authored, 'scenario'>, Of<Shipped, 'scenario'>>((a, b) => [a, b]);
    same<Of<Authored, 'truefalse'>, Of<Shipped, 'truefalse'>>((a, b) => [a, b]);
    same<Of<Authored, 'match'>, Of<Shipped, 'match'>>((a, b) => [a, b]);
    expectTypeOf<Of<Shipped, 'single'>['answer']>().toEqualTypeOf<number>();
  });
});
