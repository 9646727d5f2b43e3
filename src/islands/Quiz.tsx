/**
 * Practice quiz: a start screen (what the bank covers, progress, whole bank / 随机练 10 题 / only
 * new / wrong ones), immediate feedback with the explanation and a link to the handbook, and an
 * end screen with 通过 / 未通过 against the pass mark and every missed question with its answer.
 * Every answer is saved as it is given.
 */
import '../styles/training.css';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { bankStats, recordAnswer, recordAttempt, wrongBook } from '../lib/quiz/progress.ts';
import { scoreResponse, type Score } from '../lib/quiz/score.ts';
import { newAttemptSeed } from '../lib/quiz/options.ts';
import type { Question, Response } from '../lib/quiz/types.ts';
import { shuffled } from '../lib/random.ts';
import { progress } from '../stores/progress.ts';
import { Notices } from './Notices.tsx';
import { Feedback } from './quiz/Feedback.tsx';
import { QuestionView, initialResponse, isAnswered } from './quiz/QuestionView.tsx';
import { QuizEnd } from './quiz/QuizEnd.tsx';
import { QuizStart, SHORT_RUN } from './quiz/QuizStart.tsx';
import { useStored } from './useStored.ts';

interface Props {
  bank: string;
  title: string;
  /** what the bank covers, shown once on the start screen */
  summary: string;
  /** the roles whose path includes this bank, in words */
  roles: string;
  /** pass mark in percent: the role paths' `pass` for this bank, 80 when none sets one */
  pass: number;
  /** 未通过, 通过 */
  passLabels: [string, string];
  questions: Question[];
}

export default function Quiz({ bank, title, summary, roles, pass, passLabels, questions }: Props) {
  const p = useStored(progress.$store, progress.initial);
  const byId = useMemo(() => new Map(questions.map((q) => [q.id, q])), [questions]);
  const ids = useMemo(() => questions.map((q) => q.id), [questions]);

  const [queue, setQueue] = useState<string[] | null>(null);
  const [idx, setIdx] = useState(0);
  // Keyed by question, so a new question never shows the previous one's answer for a render.
  const [responses, setResponses] = useState<Record<string, Response>>({});
  const [scored, setScored] = useState<{ id: string; score: Score } | null>(null);
  const [run, setRun] = useState<{ id: string; correct: boolean }[]>([]);
  // Each practice run shows options in an order of its own, so the position of a key teaches nothing.
  const [seed, setSeed] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const feedback = useRef<HTMLDivElement>(null);
  const actions = useRef<HTMLDivElement>(null);

  const q = queue ? byId.get(queue[idx]) : undefined;
  const finished = queue !== null && idx >= queue.length;

  const response = q ? (responses[q.id] ?? initialResponse(q, seed)) : undefined;
  const setResponse = (r: Response) => q && setResponses((all) => ({ ...all, [q.id]: r }));

  const result = q && scored?.id === q.id ? scored.score : null;

  useEffect(() => heading.current?.focus(), [queue, idx]);
  // Once answered, the verdict and 下一题 come on screen: on a phone they fell below the options.
  // Focus stays where the person put it; only a control the answer disabled hands it to 下一题.
  useEffect(() => {
    if (!result) return;
    if (!document.activeElement?.matches(':enabled')) actions.current!.querySelector('button')?.focus();
    showBoth(feedback.current!, actions.current!);
  }, [result]);

  const start = (list: string[] | 'random') => {
    setRun([]);
    setSeed(newAttemptSeed());
    setResponses({});
    setScored(null);
    setIdx(0);
    setQueue(list === 'random' ? shuffled(ids, Math.random).slice(0, SHORT_RUN) : list);
  };

  const submit = () => {
    if (!q || result) return;
    const s = scoreResponse(q, response);
    setScored({ id: q.id, score: s });
    setRun((r) => [...r, { id: q.id, correct: s.correct }]);
    progress.update((cur) => recordAnswer(cur, bank, q.id, s.correct, Date.now()));
  };

  const next = () => {
    const n = idx + 1;
    if (queue && n >= queue.length) {
      const correct = run.filter((r) => r.correct).length;
      progress.update((cur) => recordAttempt(cur, bank, correct, run.length, Date.now()));
    }
    setIdx(n);
  };

  if (!queue) {
    const wrong = wrongBook(p, bank).flatMap((id) => byId.get(id) ?? []);
    return (
      <div class="quiz">
        <Notices />
        <QuizStart summary={summary} roles={roles} pass={pass} ids={ids} stats={bankStats(p, bank, ids)} unanswered={ids.filter((id) => !p.answers[id])} wrong={wrong} start={start} />
      </div>
    );
  }

  if (finished) {
    const missed = run.filter((r) => !r.correct).map((r) => byId.get(r.id)!);
    return (
      <div class="quiz">
        <Notices />
        <QuizEnd heading={heading} title={title} pass={pass} passLabels={passLabels} total={run.length} missed={missed} retry={() => start(missed.map((m) => m.id))} back={() => setQueue(null)} />
      </div>
    );
  }

  if (!q) return null;
  return (
    <div class="quiz">
      <Notices />
      <div class="run-head">
        <p class="progress-line">
          第 {idx + 1} / {queue.length} 题
        </p>
        <progress max={queue.length} value={idx + (result ? 1 : 0)} aria-label={`已做 ${idx + (result ? 1 : 0)} / ${queue.length} 题`} />
      </div>
      <h2 class="visually-hidden" tabIndex={-1} ref={heading}>
        第 {idx + 1} 题
      </h2>
      <form
        data-qid={q.id}
        onSubmit={(e) => {
          e.preventDefault();
          if (result) next();
          else submit();
        }}
      >
        <QuestionView key={q.id} q={q} seed={seed} value={response} locked={!!result} reveal={!!result} onChange={setResponse} />
        <div role="status" aria-live="polite" class="feedback-region" ref={feedback}>
          {result && <Feedback q={q} result={result} />}
        </div>
        <div class="actions" ref={actions}>
          {result ? (
            <button type="submit" class="button primary">
              {idx + 1 < queue.length ? '下一题' : '看成绩'}
            </button>
          ) : (
            <button type="submit" class="button primary" disabled={!isAnswered(response)}>
              提交答案
            </button>
          )}
        </div>
      </form>
    </div>
  );
}

/**
 * Scrolls the least that shows the button and the feedback above it; when both do not fit, the
 * feedback's top goes just under the sticky bar (the page's scroll-padding) and the button is one
 * short scroll further.
 */
function showBoth(top: HTMLElement, bottom: HTMLElement) {
  bottom.scrollIntoView({ block: 'nearest' });
  if (top.getBoundingClientRect().top < (document.querySelector('.topbar')?.clientHeight ?? 0)) top.scrollIntoView();
}
