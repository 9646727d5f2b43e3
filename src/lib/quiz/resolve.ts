/**
 * A bank as one project's trainees get it: ordering questions that name a plan take the plan's
 * own step texts (so the two never drift apart); {{phone:…}}, {{contact:…}} and {{fact:…}} are
 * the project's values; a question whose answer needs a value the project does not state is left
 * out. Pure, so the build's exam data and the tests that play exams draw from the same questions.
 */
import { fillDeep, type TemplateContext, type TemplateRef } from '../project/resolve.ts';
import type { Question } from './types.ts';

/** A question as content files hold it: a plan's steps by id, or the project's figure as answer. */
export type AuthoredQuestion =
  | Exclude<Question, { type: 'order' } | { type: 'number' }>
  | (Omit<Extract<Question, { type: 'order' }>, 'items'> & { items?: string[]; plan?: string; steps?: string[] })
  | (Omit<Extract<Question, { type: 'number' }>, 'answer'> & { answer?: number; answerFact?: string });

export interface PlanSteps {
  steps: { id: string; action: string }[];
}

export function resolveQuestions(questions: readonly AuthoredQuestion[], plans: ReadonlyMap<string, PlanSteps>, ctx: TemplateContext): Question[] {
  return questions.flatMap((q): Question[] => {
    const missing: TemplateRef[] = [];
    const filled = fillDeep(q, ctx, missing);
    if (missing.length) return [];
    if (filled.type === 'number') {
      const { answerFact, ...rest } = filled;
      const answer = answerFact ? ctx.facts[answerFact as keyof TemplateContext['facts']] : rest.answer;
      return typeof answer === 'number' ? [{ ...rest, answer }] : [];
    }
    if (filled.type !== 'order') return [filled];
    const { plan: planId, steps: stepIds, items, ...rest } = filled;
    if (items) return [{ ...rest, type: 'order', items }];
    const plan = plans.get(planId ?? '');
    if (!plan || !stepIds) return [];
    const byId = new Map(plan.steps.map((s) => [s.id, s.action]));
    return [{ ...rest, type: 'order', items: stepIds.map((id) => byId.get(id) ?? id) }];
  });
}
