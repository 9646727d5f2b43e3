/**
 * 我的's lists, in the order a person looks for things: their own role first, and one practice
 * log of quizzes, drills and checklists together, newest first (three lists one after another
 * put an old quiz above yesterday's drill).
 */
import type { Checklists, Drills, Progress } from './storage/schemas.ts';

export type LogEntry =
  | { kind: 'quiz'; at: number; bank: string; correct: number; total: number }
  | { kind: 'drill'; at: number; drill: string; score: number; passed: boolean }
  | { kind: 'checklist'; at: number; checklist: string; period: string; by: string };

/** Every quiz attempt, drill run and saved checklist round, newest first; at most `limit`. */
export function practiceLog(s: { progress: Progress; drills: Drills; checklists: Checklists }, limit = 30): LogEntry[] {
  const all: LogEntry[] = [
    ...Object.entries(s.progress.quiz).flatMap(([bank, v]) => v.attempts.map((a): LogEntry => ({ kind: 'quiz', at: a.at, bank, correct: a.correct, total: a.total }))),
    ...Object.entries(s.drills).flatMap(([drill, v]) => v.attempts.map((a): LogEntry => ({ kind: 'drill', at: a.at, drill, score: a.score, passed: a.passed }))),
    ...Object.entries(s.checklists).flatMap(([checklist, v]) => v.history.map((r): LogEntry => ({ kind: 'checklist', at: r.savedAt, checklist, period: r.period, by: r.by }))),
  ];
  return all.sort((a, b) => b.at - a.at).slice(0, limit);
}

/** The list with the chosen role's entry moved to the front; the rest keep their order. */
export function mineFirst<T extends { role: string }>(list: T[], role: string | undefined): T[] {
  const mine = list.filter((x) => x.role === role);
  return [...mine, ...list.filter((x) => x.role !== role)];
}
