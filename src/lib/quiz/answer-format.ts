/**
 * How choice questions are written in the banks and how the site uses them. A bank file marks the
 * right options in place (`- text: …` with `correct: true`), so an editor ticks a box instead of
 * counting positions; quiz, exam and scoring code keep working on option texts plus the indices of
 * the right ones. This is the one place that turns the first into the second.
 */

/** One option as a bank file holds it. */
export interface AuthoredOption {
  text: string;
  correct?: boolean;
}

/** Option texts in order, and the indices of the ones marked right. */
export function keyOf(options: readonly AuthoredOption[]): { options: string[]; correct: number[] } {
  return {
    options: options.map((o) => o.text),
    correct: options.flatMap((o, i) => (o.correct ? [i] : [])),
  };
}

/** The authored form of a key given by index (the format banks used before); for the migration. */
export function flagged(options: readonly string[], answer: number | readonly number[]): AuthoredOption[] {
  const right = new Set(typeof answer === 'number' ? [answer] : answer);
  return options.map((text, i) => (right.has(i) ? { text, correct: true } : { text }));
}
