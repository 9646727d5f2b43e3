/**
 * How far a trainee is with their paper, counted one way for the counter at the top and the
 * confirmation before hand-in. An ordering question always has an order on screen, and is handed
 * in as shown: it counts as answered, and the ones never moved are named so nobody is surprised.
 */
import type { Question, Response } from '../quiz/types.ts';

export interface PaperProgress {
  total: number;
  answered: number;
  /** 1-based numbers (as on the paper) of questions with no answer */
  unanswered: number[];
  /** 1-based numbers of ordering questions left in the order they were shown */
  ordersAsShown: number[];
}

/**
 * `shown`: the questions in paper order; `saved`: the trainee's own answers; `isAnswered` decides
 * whether what is on screen (saved, or the question's starting state) is an answer.
 */
export function paperProgress(
  shown: Question[],
  saved: Record<string, Response | undefined>,
  onScreen: (q: Question) => Response | undefined,
  isAnswered: (r: Response | undefined) => boolean,
): PaperProgress {
  const unanswered: number[] = [];
  const ordersAsShown: number[] = [];
  shown.forEach((q, i) => {
    if (q.type === 'order' && !saved[q.id]) ordersAsShown.push(i + 1);
    else if (!isAnswered(saved[q.id] ?? onScreen(q))) unanswered.push(i + 1);
  });
  return { total: shown.length, answered: shown.length - unanswered.length, unanswered, ordersAsShown };
}

/** Hand-in needs a second look when something is unanswered or an ordering question was never moved. */
export const needsConfirming = (p: PaperProgress) => p.unanswered.length > 0 || p.ordersAsShown.length > 0;
