/**
 * One trainee's sitting of an exam on a phone: which sitting a reopened link shows, and how a
 * sitting is handed in (by the trainee, by the clock, or on reopening after its deadline).
 */
import { encodeResult } from './result-code.ts';
import { scoreExam } from './score.ts';
import { examClock, submissionTime } from './clock.ts';
import type { ExamSpec } from './spec.ts';
import type { Question, Response } from '../quiz/types.ts';
import type { ExamSitting, Sittings } from '../storage/exams-schema.ts';

export const sittingKey = (hash: string, number: string) => `${hash}:${number}`;

/** This exam's sittings on this phone, newest first. */
export function sittingsFor(all: Sittings, hash: string): [string, ExamSitting][] {
  return Object.entries(all)
    .filter(([k]) => k.startsWith(hash + ':'))
    .sort(([, a], [, b]) => b.startedAt - a.startedAt);
}

/**
 * What a reopened link shows: an unfinished sitting first (its trainee reloaded or came back),
 * otherwise the newest finished one; null means the start form.
 */
export function sittingToShow(all: Sittings, hash: string): string | null {
  const mine = sittingsFor(all, hash);
  return (mine.find(([, s]) => !s.submittedAt) ?? mine[0])?.[0] ?? null;
}

export interface Exam {
  spec: ExamSpec;
  questions: Question[];
  hash: string;
  /** the trainer's signature from the link, passed on in the result code */
  sig?: string;
}

/** The answers as handed in: an ordering question is answered in the order it was shown. */
export function handedInAnswers(questions: Question[], sitting: ExamSitting, shownOrder: (q: Question) => Response | undefined): Record<string, Response> {
  const answers: Record<string, Response> = { ...sitting.answers };
  for (const q of questions) if (!answers[q.id] && q.type === 'order') answers[q.id] = shownOrder(q)!;
  return answers;
}

/** Where a sitting's time stands now: what it used, and whether the phone's clock was changed. */
export interface SittingNow {
  elapsed: number;
  wallNow: number;
  wentBack?: boolean;
  jumped?: boolean;
}

/** Hands a sitting in: timed by the exam time it used (never past its limit), with the result code. */
export function handIn(exam: Exam, sitting: ExamSitting, answers: Record<string, Response>, now: SittingNow): ExamSitting {
  const clock = examClock(exam.spec.minutes, now.elapsed);
  const submittedAt = submissionTime(sitting.startedAt, clock);
  const clockWentBack = sitting.clockWentBack || now.wentBack || undefined;
  const clockJumped = sitting.clockJumped || now.jumped || undefined;
  const s = scoreExam(exam.questions, answers, exam.spec.pass);
  const code = encodeResult({
    v: 1,
    spec: exam.spec,
    hash: exam.hash,
    name: sitting.name,
    number: sitting.number,
    answers,
    startedAt: sitting.startedAt,
    submittedAt,
    claimedPercent: s.percent,
    ...(exam.sig ? { sig: exam.sig } : {}),
    ...(sitting.seed ? { seed: sitting.seed } : {}),
    ...(clockWentBack ? { clockWentBack } : {}),
    ...(clockJumped ? { clockJumped } : {}),
    skipped: exam.questions.filter((q) => !answers[q.id]).map((q) => q.id),
  });
  return {
    ...sitting,
    answers,
    submittedAt,
    code,
    lastSeenAt: now.wallNow,
    elapsedMs: Math.min(now.elapsed, clock.limit),
    ...(clockWentBack ? { clockWentBack } : {}),
    ...(clockJumped ? { clockJumped } : {}),
  };
}
