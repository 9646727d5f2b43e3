import { scoreResponse } from '../quiz/score.ts';
import type { Question, Response } from '../quiz/types.ts';

export interface ExamScore {
  correct: number;
  total: number;
  /** 0–100, rounded */
  percent: number;
  passed: boolean;
  perQuestion: { id: string; correct: boolean }[];
}

/** Scores raw answers against an answer key; an exam counts whole answers only, no partial credit. */
export function scoreExam(questions: Question[], answers: Record<string, Response | undefined>, pass: number): ExamScore {
  const perQuestion = questions.map((q) => ({ id: q.id, correct: scoreResponse(q, answers[q.id]).correct }));
  const correct = perQuestion.filter((p) => p.correct).length;
  const percent = questions.length ? Math.round((correct / questions.length) * 100) : 0;
  return { correct, total: questions.length, percent, passed: percent >= pass, perQuestion };
}
