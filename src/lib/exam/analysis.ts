/**
 * Item analysis for a batch of results: how many got each question right, how well it separates
 * strong from weak candidates (upper vs lower 27%), and which wrong options drew people.
 */
import { scoreResponse } from '../quiz/score.ts';
import type { Question, Response } from '../quiz/types.ts';

export interface Sheet {
  answers: Record<string, Response | undefined>;
  /** total score used to rank candidates */
  percent: number;
}
export interface OptionCount {
  label: string;
  count: number;
  correct: boolean;
}
export interface ItemStats {
  id: string;
  prompt: string;
  type: Question['type'];
  answered: number;
  /** share answering correctly, 0–1 */
  pCorrect: number;
  /** upper-27% share correct minus lower-27% share correct, −1…1 */
  discrimination: number;
  options: OptionCount[];
  unanswered: number;
}

export function groupSize(n: number): number {
  return n === 0 ? 0 : Math.max(1, Math.round(n * 0.27));
}

export function itemAnalysis(questions: Question[], sheets: Sheet[]): ItemStats[] {
  const ranked = [...sheets].sort((a, b) => b.percent - a.percent);
  const k = groupSize(ranked.length);
  const upper = ranked.slice(0, k);
  const lower = ranked.slice(ranked.length - k);
  const share = (group: Sheet[], q: Question) => (group.length ? group.filter((s) => scoreResponse(q, s.answers[q.id]).correct).length / group.length : 0);

  return questions.map((q) => {
    const right = sheets.filter((s) => scoreResponse(q, s.answers[q.id]).correct).length;
    const unanswered = sheets.filter((s) => !s.answers[q.id]).length;
    return {
      id: q.id,
      prompt: q.prompt,
      type: q.type,
      answered: sheets.length - unanswered,
      pCorrect: sheets.length ? right / sheets.length : 0,
      discrimination: share(upper, q) - share(lower, q),
      options: optionCounts(q, sheets),
      unanswered,
    };
  });
}

function optionCounts(q: Question, sheets: Sheet[]): OptionCount[] {
  if (q.type === 'single' || q.type === 'scenario' || q.type === 'multiple') {
    const counts = q.options.map(() => 0);
    for (const s of sheets) {
      const r = s.answers[q.id];
      if (r && (r.type === 'single' || r.type === 'scenario') && counts[r.choice] !== undefined) counts[r.choice]++;
      if (r && r.type === 'multiple') for (const c of new Set(r.choices)) if (counts[c] !== undefined) counts[c]++;
    }
    const right = new Set(q.type === 'multiple' ? q.answer : [q.answer]);
    return q.options.map((label, i) => ({ label, count: counts[i], correct: right.has(i) }));
  }
  if (q.type === 'truefalse') {
    const count = (v: boolean) =>
      sheets.filter((s) => {
        const r = s.answers[q.id];
        return r?.type === 'truefalse' && r.value === v;
      }).length;
    return [
      { label: '对', count: count(true), correct: q.answer === true },
      { label: '错', count: count(false), correct: q.answer === false },
    ];
  }
  return [];
}
