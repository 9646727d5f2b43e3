/** The exam being answered: questions, countdown, answers saved as given, hand-in. */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { orderFor } from '../../lib/exam/assemble.ts';
import { clockShift, examClock, openedElapsed } from '../../lib/exam/clock.ts';
import { needsConfirming, paperProgress } from '../../lib/exam/progress.ts';
import { handIn, handedInAnswers, type Exam } from '../../lib/exam/sitting.ts';
import type { Question } from '../../lib/quiz/types.ts';
import type { ExamSitting } from '../../lib/storage/exams-schema.ts';
import { exams } from '../../stores/exams.ts';
import { Notices } from '../Notices.tsx';
import { QuestionView, initialResponse, isAnswered } from '../quiz/QuestionView.tsx';
import { HandInConfirm } from './HandInConfirm.tsx';
import { useExamLock } from './useExamLock.ts';

// the same sitting open in two tabs keeps the answers given in both
exams.mergeTabs(() => import('../../lib/storage/tab-merge.ts').then((m) => m.sittingsTabs));

const mmss = (ms: number) => {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};
/** How often the time used is written down: a closed tab loses at most this much of its count. */
const SEEN_EVERY_MS = 15_000;

export function ExamPaper({ exam, sittingKey, sitting }: { exam: Exam; sittingKey: string; sitting: ExamSitting }) {
  useExamLock();
  const [, setTick] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  // Exam time is time used: counted on the monotonic clock while this page is open (changing the
  // phone's time does not move it), and by the wall clock only for the gap the page was closed.
  const [opened] = useState(() => {
    const wall = Date.now();
    return { wall, mono: performance.now(), ...openedElapsed(sitting, wall) };
  });
  const timeNow = () => {
    const mono = performance.now();
    const wallNow = Date.now();
    const shift = clockShift(opened.wall, wallNow, opened.mono, mono);
    return { elapsed: opened.elapsed + (mono - opened.mono), wallNow, wentBack: opened.wentBack || shift < 0, jumped: shift > 0 };
  };
  const now = timeNow();
  // Older sittings had no seed of their own; their staff number seeded the layout.
  const seed = sitting.seed ?? sitting.number;
  const ordered = useMemo(() => orderFor(exam.spec, exam.questions, sitting.number), [exam, sitting.number]);
  const clock = examClock(exam.spec.minutes, now.elapsed);
  const shown = (q: Question) => sitting.answers[q.id] ?? initialResponse(q, seed);

  const update = (fn: (s: ExamSitting) => ExamSitting) => exams.update((cur) => (cur[sittingKey] && !cur[sittingKey].submittedAt ? { ...cur, [sittingKey]: fn(cur[sittingKey]) } : cur));
  /** The sitting with where its time stands written down, for a reload or a closed tab to go on from. */
  const timed = (s: ExamSitting): ExamSitting => {
    const t = timeNow();
    return { ...s, lastSeenAt: t.wallNow, elapsedMs: Math.round(t.elapsed), ...(t.wentBack ? { clockWentBack: true } : {}), ...(t.jumped ? { clockJumped: true } : {}) };
  };
  const submit = () =>
    update((s) =>
      handIn(
        exam,
        s,
        handedInAnswers(exam.questions, s, (q) => initialResponse(q, s.seed ?? s.number)),
        timeNow(),
      ),
    );

  useEffect(() => {
    const t = setInterval(() => setTick((n) => n + 1), 1000);
    return () => clearInterval(t);
  }, []);
  // Past the limit — now, or already when the page opened — the sitting is handed in as saved.
  const savedElapsed = sitting.elapsedMs ?? 0;
  useEffect(() => {
    if (clock.expired) submit();
    else if ((now.wentBack && !sitting.clockWentBack) || (now.jumped && !sitting.clockJumped) || now.elapsed - savedElapsed >= SEEN_EVERY_MS) update(timed);
  });
  useEffect(() => {
    if (confirming) confirmRef.current?.querySelector<HTMLElement>('.confirm')?.focus();
  }, [confirming]);

  // One count for the bar at the top and the confirmation: an untouched ordering question is answered as shown.
  const progress = paperProgress(ordered, sitting.answers, shown, isAnswered);
  const low = clock.remaining <= 5 * 60_000;
  return (
    <div class="exam">
      <Notices />
      <h2 class="exam-title">{exam.spec.title}</h2>
      <p class={`sim-clock exam-timer${low ? ' low' : ''}`}>
        <span>剩余时间</span>{' '}
        <strong role="timer" aria-label={`剩余 ${mmss(clock.remaining)}`}>
          {mmss(clock.remaining)}
        </strong>
        <span class="exam-count" data-answered>
          已答 {progress.answered} / {progress.total}
        </span>
      </p>
      <p class="hint exam-rule">考试中不能打开手册的其他页面；交卷后恢复。</p>
      {(now.wentBack || now.jumped) && <p class="notice">手机时间被{now.wentBack ? '调回' : '调快'}过：考试时间按实际用去的时间计算，不受影响；培训师会看到这条记录。</p>}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (needsConfirming(progress)) setConfirming(true);
          else submit();
        }}
      >
        <ol class="exam-questions">
          {ordered.map((q, i) => (
            <li key={q.id} id={`exam-q-${i + 1}`}>
              <QuestionView q={q} seed={seed} value={shown(q)} locked={false} onChange={(r) => update((x) => timed({ ...x, answers: { ...x.answers, [q.id]: r } }))} />
            </li>
          ))}
        </ol>
        {confirming ? (
          <div ref={confirmRef}>
            <HandInConfirm progress={progress} onConfirm={submit} onCancel={() => setConfirming(false)} />
          </div>
        ) : (
          <button type="submit" class="button primary big block">
            交卷
          </button>
        )}
      </form>
    </div>
  );
}
