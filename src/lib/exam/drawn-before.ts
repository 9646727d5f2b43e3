/** Checking a trainee's draw against a bank that has gained questions since (the console only). */
import { byRank, eligible } from './assemble.ts';
import type { ExamSpec } from './spec.ts';
import type { Question } from '../quiz/types.ts';

/** Questions a bank gained since a result's exam was drawn that may stand between it and the draw now. */
export const MAX_ADDED_SINCE = 3;

/**
 * The questions a trainee was drawn, from the ids their result names, when this site's draw now
 * differs only by questions added since: every named question is still here and eligible, and
 * every eligible question ranked before the last of them that was not drawn is at most
 * MAX_ADDED_SINCE — the ones added later. A hand-picked set fails: the questions it skipped
 * rank before it.
 */
export function drawnBefore(spec: ExamSpec, pool: Question[], ids: string[]): Question[] | undefined {
  const candidates = eligible(spec, pool);
  const byId = new Map(candidates.map((q) => [q.id, q]));
  const drawn = [...new Set(ids)].map((id) => byId.get(id));
  if (drawn.length !== spec.count || drawn.some((q) => !q)) return undefined;
  const questions = (drawn as Question[]).sort(byRank(spec));
  const last = questions[questions.length - 1];
  const names = new Set(ids);
  const passedOver = candidates.filter((q) => !names.has(q.id) && byRank(spec)(q, last) < 0);
  return passedOver.length <= MAX_ADDED_SINCE ? questions : undefined;
}
