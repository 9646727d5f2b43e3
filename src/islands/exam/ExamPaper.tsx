/** The exam being answered: questions, countdown, answers saved as given, hand-in. */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { orderFor } from '../../lib/exam/assemble.ts';
import { examClock } from '../../lib/exam/clock.ts';
import { needsConfirming, paperProgress } from '../../lib/exam/progress.ts';
import { handIn, handedInAnswers, type Exam } from '../../lib/exam/sitting.ts';
import type { Question } from '../../lib/quiz/types.ts';
import type { ExamSitting } from '../../lib/storage/exams-schema.ts';
import { sittings } from '../../stores/exams.ts';
import { Notices } from '../Notices.tsx';
import { QuestionView, initialResponse, isAnswered } from '../quiz/QuestionView.tsx';
import { HandInConfirm } from './HandInConfirm.tsx';
import { useExamLock } from './useExamLock.ts';

const mmss = (ms: number) => {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};
/** How often the latest time seen is written down: often enough that a clock set back gains little. */
const SEEN_EVERY_MS = 15_000;

export function ExamPaper({ exam, sittingKey, sitting }: { exam: Exam; sittingKey: string; sitting: ExamSitting }) {
  useExamLock();
  const [wallNow, setWallNow] = useState(() => Date.now());
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  // While the page is open, time is also counted on the monotonic clock, which ignores changes
  // to the phone's clock; between visits the stored lastSeenAt does the same job.
  const [anchor] = useState(() => ({ wall: Date.now(), mono: performance.now() }));
  const steadyNow = () => anchor.wall + (performance.now() - anchor.mono);
  // Older sittings had no seed of their own; their staff number seeded the layout.
  const seed = sitting.seed ?? sitting.number;
  const ordered = useMemo(() => orderFor(exam.spec, exam.questions, sitting.number), [exam, sitting.number]);
  const clock = examClock(sitting.startedAt, exam.spec.minutes, wallNow, Math.max(sitting.lastSeenAt ?? sitting.startedAt, steadyNow()));
  const shown = (q: Question) => sitting.answers[q.id] ?? initialResponse(q, seed);

  const update = (fn: (s: ExamSitting) => ExamSitting) => sittings.update((cur) => (cur[sittingKey] && !cur[sittingKey].submittedAt ? { ...cur, [sittingKey]: fn(cur[sittingKey]) } : cur));
  const submit = () => update((s) => handIn(exam, s, handedInAnswers(exam.questions, s, (q) => initialResponse(q, s.seed ?? s.number)), Math.max(Date.now(), steadyNow())));

  useEffect(() => {
    const t = setInterval(() => setWallNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  // Past the deadline — now, or already when the page opened — the sitting is handed in as saved.
  useEffect(() => {
    if (clock.expired) submit();
    else if (clock.wentBack && !sitting.clockWentBack) update((s) => ({ ...s, clockWentBack: true }));
    else if (clock.now - (sitting.lastSeenAt ?? sitting.startedAt) >= SEEN_EVERY_MS) update((s) => ({ ...s, lastSeenAt: Math.max(s.lastSeenAt ?? 0, clock.now) }));
  }, [wallNow]);
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
        <span>剩余时间</span> <strong role="timer" aria-label={`剩余 ${mmss(clock.remaining)}`}>{mmss(clock.remaining)}</strong>
        <span class="exam-count" data-answered>
          已答 {progress.answered} / {progress.total}
        </span>
      </p>
      <p class="hint exam-rule">考试中不能打开手册的其他页面；交卷后恢复。</p>
      {clock.wentBack && <p class="notice">手机时间被调回过：考试时间按开始时间计算，不会因此延长。</p>}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          needsConfirming(progress) ? setConfirming(true) : submit();
        }}
      >
        <ol class="exam-questions">
          {ordered.map((q, i) => (
            <li key={q.id} id={`exam-q-${i + 1}`}>
              <QuestionView q={q} seed={seed} value={shown(q)} locked={false} onChange={(r) => update((x) => ({ ...x, answers: { ...x.answers, [q.id]: r }, lastSeenAt: Math.max(x.lastSeenAt ?? 0, clock.now) }))} />
            </li>
          ))}
        </ol>
        {confirming ? (
          <div ref={confirmRef}>
            <HandInConfirm progress={progress} onConfirm={submit} onCancel={() => setConfirming(false)} />
          </div>
        ) : (
          <button type="submit" class="button primary big block">交卷</button>
        )}
      </form>
    </div>
  );
}
