/**
 * The order a drill's choices are shown in. Authors tend to write the right choice first, and a
 * player who always taps the top button should not pass; so each run shows every decision's
 * choices in an order of its own, from a seed the run keeps, so the same run replays the same
 * screens. Actions always record the file's index: scoring and the debrief never depend on it.
 */
import { rngFor, shuffled } from '../random.ts';

/** File indices of one decision's choices, in the order this run shows them. */
export function choiceOrder(seed: string, node: string, count: number): number[] {
  const idx = Array.from({ length: count }, (_, i) => i);
  return seed ? shuffled(idx, rngFor(`${seed}|${node}|choices`)) : idx;
}
