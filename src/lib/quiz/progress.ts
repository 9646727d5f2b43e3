/** Practice progress: every answer is kept per question; the wrong-answer book is derived from it. */
import type { Progress } from '../storage/schemas.ts';

export function recordAnswer(p: Progress, bank: string, qid: string, correct: boolean, at: number): Progress {
  const prev = p.answers[qid];
  return {
    ...p,
    answers: { ...p.answers, [qid]: { bank, correct, at, wrongCount: (prev?.wrongCount ?? 0) + (correct ? 0 : 1) } },
  };
}

export function recordAttempt(p: Progress, bank: string, correct: number, total: number, at: number): Progress {
  const attempts = [...(p.quiz[bank]?.attempts ?? []), { at, correct, total }];
  return { ...p, quiz: { ...p.quiz, [bank]: { attempts } } };
}

/** Questions whose latest answer was wrong; answering one right takes it out of the book. */
export function wrongBook(p: Progress, bank?: string): string[] {
  return Object.entries(p.answers)
    .filter(([, a]) => !a.correct && (!bank || a.bank === bank))
    .sort(([, a], [, b]) => b.at - a.at)
    .map(([id]) => id);
}

export interface BankStats {
  answered: number;
  correct: number;
  wrong: number;
  /** best finished run, in percent; undefined before the first finished run */
  best?: number;
  attempts: number;
}

export function bankStats(p: Progress, bank: string, questionIds: string[]): BankStats {
  let answered = 0;
  let correct = 0;
  for (const id of questionIds) {
    const a = p.answers[id];
    if (!a) continue;
    answered++;
    if (a.correct) correct++;
  }
  const attempts = p.quiz[bank]?.attempts ?? [];
  const best = attempts.length ? Math.max(...attempts.map((a) => (a.total ? Math.round((a.correct / a.total) * 100) : 0))) : undefined;
  return { answered, correct, wrong: answered - correct, best, attempts: attempts.length };
}

/** The pass mark used when no role path sets one, in percent (as the learning path uses). */
export const DEFAULT_PASS = 80;

/** A bank's pass mark from the role paths that include it: the strictest of them, else DEFAULT_PASS. */
export function passMarkFor(paths: { kind: string; ref: string; pass?: number }[][], bank: string): number {
  const marks = paths.flatMap((path) => path.filter((p) => p.kind === 'quiz' && p.ref === bank).map((p) => p.pass ?? DEFAULT_PASS));
  return marks.length ? Math.max(...marks) : DEFAULT_PASS;
}

/** A finished run against the pass mark: 答对 8 / 10 题 is 80 分, and 80 分 passes a mark of 80. */
export function runVerdict(correct: number, total: number, pass: number): { percent: number; passed: boolean } {
  const percent = total ? Math.round((correct / total) * 100) : 0;
  return { percent, passed: total > 0 && percent >= pass };
}
