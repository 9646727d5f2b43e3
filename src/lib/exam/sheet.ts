/**
 * One trainee's answer sheet for the trainer: each question in the order the trainee saw it,
 * what they answered, the key, and whether it counted — in words, whatever the question type.
 */
import { scoreResponse } from '../quiz/score.ts';
import type { Question, Response } from '../quiz/types.ts';

export interface SheetLine {
  id: string;
  /** 1-based, as numbered on the trainee's paper */
  n: number;
  type: Question['type'];
  prompt: string;
  /** the trainee's answer, one line per part; empty when not answered */
  given: string[];
  key: string[];
  correct: boolean;
}

const TF = (v: boolean) => (v ? '对' : '错');
const numbered = (items: string[]) => items.map((t, i) => `${i + 1}. ${t}`);

/** The right answer in words: the option texts, the order, the pairs, the number with its unit. */
export function keyText(q: Question): string[] {
  switch (q.type) {
    case 'single':
    case 'scenario':
      return [q.options[q.answer]];
    case 'multiple':
      return [...q.answer].sort((a, b) => a - b).map((i) => q.options[i]);
    case 'truefalse':
      return [TF(q.answer)];
    case 'order':
      return numbered(q.items);
    case 'number':
      return [`${q.answer}${q.unit}${q.tolerance ? `（允许 ±${q.tolerance}）` : ''}`];
    case 'match':
      return q.pairs.map((p) => `${p.left} → ${p.right}`);
  }
}

/** A response in words; anything that does not fit the question reads as not answered. */
export function responseText(q: Question, r: Response | undefined): string[] {
  if (!r) return [];
  if ((q.type === 'single' || q.type === 'scenario') && (r.type === 'single' || r.type === 'scenario')) return q.options[r.choice] !== undefined ? [q.options[r.choice]] : [];
  if (q.type === 'multiple' && r.type === 'multiple') return [...new Set(r.choices)].sort((a, b) => a - b).flatMap((i) => (q.options[i] !== undefined ? [q.options[i]] : []));
  if (q.type === 'truefalse' && r.type === 'truefalse') return [TF(r.value)];
  if (q.type === 'order' && r.type === 'order') return numbered(r.order.map((i) => q.items[i] ?? '？'));
  if (q.type === 'number' && r.type === 'number') return r.text.trim() ? [`${r.text.trim()}${/\d$/.test(r.text.trim()) ? q.unit : ''}`] : [];
  if (q.type === 'match' && r.type === 'match') {
    if (r.pairs.every((p) => p < 0)) return [];
    return q.pairs.map((p, i) => `${p.left} → ${q.pairs[r.pairs[i]]?.right ?? '（没有配）'}`);
  }
  return [];
}

/** `shown`: the questions in the order this trainee's paper showed them. */
export function answerSheet(shown: Question[], answers: Record<string, Response | undefined>): SheetLine[] {
  return shown.map((q, i) => ({
    id: q.id,
    n: i + 1,
    type: q.type,
    prompt: q.prompt,
    given: responseText(q, answers[q.id]),
    key: keyText(q),
    correct: scoreResponse(q, answers[q.id]).correct,
  }));
}
