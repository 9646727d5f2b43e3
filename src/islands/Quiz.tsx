/**
 * Practice quiz: immediate feedback with the explanation and a link to the handbook, a score at
 * the end, and the wrong-answer book (错题本). Every answer is saved as it is given.
 */
import '../styles/training.css';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { hrefOf } from '../lib/links.ts';
import { bankStats, recordAnswer, recordAttempt, wrongBook } from '../lib/quiz/progress.ts';
import { answerText, scoreResponse, type Score } from '../lib/quiz/score.ts';
import { newAttemptSeed } from '../lib/quiz/options.ts';
import type { Question, Response } from '../lib/quiz/types.ts';
import { progress } from '../stores/progress.ts';
import { Notices } from './Notices.tsx';
import { QuestionView, initialResponse, isAnswered } from './quiz/QuestionView.tsx';
import { useStored } from './useStored.ts';

interface Props {
  bank: string;
  title: string;
  questions: Question[];
}

export default function Quiz({ bank, title, questions }: Props) {
  const p = useStored(progress.$store, progress.initial);
  const byId = useMemo(() => new Map(questions.map((q) => [q.id, q])), [questions]);
  const ids = useMemo(() => questions.map((q) => q.id), [questions]);
  const stats = bankStats(p, bank, ids);
  const wrong = wrongBook(p, bank).filter((id) => byId.has(id));
  const unanswered = ids.filter((id) => !p.answers[id]);

  const [queue, setQueue] = useState<string[] | null>(null);
  const [idx, setIdx] = useState(0);
  // Keyed by question, so a new question never shows the previous one's answer for a render.
  const [responses, setResponses] = useState<Record<string, Response>>({});
  const [scored, setScored] = useState<{ id: string; score: Score } | null>(null);
  const [run, setRun] = useState<{ id: string; correct: boolean }[]>([]);
  // Each practice run shows options in an order of its own, so the position of a key teaches nothing.
  const [seed, setSeed] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);

  const q = queue ? byId.get(queue[idx]) : undefined;
  const finished = queue !== null && idx >= queue.length;

  const response = q ? responses[q.id] ?? initialResponse(q, seed) : undefined;
  const setResponse = (r: Response) => q && setResponses((all) => ({ ...all, [q.id]: r }));

  const result = q && scored?.id === q.id ? scored.score : null;

  useEffect(() => heading.current?.focus(), [queue, idx]);

  const start = (list: string[]) => {
    setRun([]);
    setSeed(newAttemptSeed());
    setResponses({});
    setScored(null);
    setIdx(0);
    setQueue(list);
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
    return (
      <div class="quiz">
        <Notices />
        <dl class="stats">
          <div><dt>题目</dt><dd>{ids.length}</dd></div>
          <div><dt>已做</dt><dd data-stat="answered">{stats.answered}</dd></div>
          <div><dt>答对</dt><dd>{stats.correct}</dd></div>
          <div><dt>错题本</dt><dd data-stat="wrong">{wrong.length}</dd></div>
          <div><dt>最好成绩</dt><dd>{stats.best === undefined ? '—' : `${stats.best}%`}</dd></div>
        </dl>
        <div class="actions">
          <button type="button" class="button primary" onClick={() => start(ids)}>从头练习（{ids.length} 题）</button>
          {unanswered.length > 0 && unanswered.length < ids.length && (
            <button type="button" class="button" onClick={() => start(unanswered)}>只做没做过的（{unanswered.length} 题）</button>
          )}
          {wrong.length > 0 && (
            <button type="button" class="button" onClick={() => start(wrong)}>重做错题（{wrong.length} 题）</button>
          )}
        </div>
        {wrong.length > 0 && (
          <details class="wrong-book">
            <summary>错题本（{wrong.length}）</summary>
            <ul>
              {wrong.map((id) => {
                const wq = byId.get(id)!;
                return (
                  <li key={id}>
                    {wq.prompt}
                    <br />
                    <span class="muted">标准答案：{answerText(wq)}</span> · <a href={hrefOf(wq.source)}>查看手册</a>
                  </li>
                );
              })}
            </ul>
          </details>
        )}
      </div>
    );
  }

  if (finished) {
    const correct = run.filter((r) => r.correct).length;
    const missed = run.filter((r) => !r.correct).map((r) => r.id);
    const pct = run.length ? Math.round((correct / run.length) * 100) : 0;
    return (
      <div class="quiz">
        <Notices />
        <h2 tabIndex={-1} ref={heading}>练习结束</h2>
        <p role="status" class="score">
          答对 {correct} / {run.length} 题，{pct} 分
        </p>
        <div class="actions">
          {missed.length > 0 && (
            <button type="button" class="button primary" onClick={() => start(missed)}>重做这次的错题（{missed.length} 题）</button>
          )}
          <button type="button" class="button" onClick={() => setQueue(null)}>回到{title}</button>
        </div>
      </div>
    );
  }

  if (!q) return null;
  const answered = isAnswered(response);
  return (
    <div class="quiz">
      <Notices />
      <p class="progress-line">
        第 {idx + 1} / {queue.length} 题
      </p>
      <h2 class="visually-hidden" tabIndex={-1} ref={heading}>
        第 {idx + 1} 题
      </h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          result ? next() : submit();
        }}
      >
        <QuestionView key={q.id} q={q} seed={seed} value={response} locked={!!result} onChange={setResponse} />
        <div role="status" aria-live="polite" class="feedback-region">
          {result && (
            <div class={`feedback ${result.correct ? 'ok' : 'bad'}`}>
              <p class="verdict">{result.correct ? '回答正确' : result.points > 0 ? `部分正确（${Math.round(result.points * 100)}%）` : '回答错误'}</p>
              {!result.correct && <p>标准答案：{answerText(q)}</p>}
              <p>{q.explain}</p>
              <p>
                <a href={hrefOf(q.source)}>查看手册</a>
              </p>
            </div>
          )}
        </div>
        <div class="actions">
          {result ? (
            <button type="submit" class="button primary">{idx + 1 < queue.length ? '下一题' : '看成绩'}</button>
          ) : (
            <button type="submit" class="button primary" disabled={!answered}>提交答案</button>
          )}
        </div>
      </form>
    </div>
  );
}
