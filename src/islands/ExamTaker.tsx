/**
 * A trainee's exam on their own phone: name and staff number, a visible countdown, answers saved
 * as they are given (a reload or a dead battery resumes), no feedback until submission, automatic
 * submission when time runs out, then the score and the result code as text, QR and file.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { drawQuestions, examHash, orderFor } from '../lib/exam/assemble.ts';
import { encodeResult } from '../lib/exam/result-code.ts';
import { scoreExam } from '../lib/exam/score.ts';
import { decodeSpec, type ExamSpec } from '../lib/exam/spec.ts';
import type { Question, Response } from '../lib/quiz/types.ts';
import type { ExamSitting } from '../lib/storage/exams-schema.ts';
import { sittings } from '../stores/exams.ts';
import { downloadFile } from './download.ts';
import { loadPool } from './exam/bankLoader.ts';
import { QrImage } from './exam/QrImage.tsx';
import { Notices } from './Notices.tsx';
import { QuestionView, initialResponse, isAnswered } from './quiz/QuestionView.tsx';
import { useStored } from './useStored.ts';

type Loaded = { spec: ExamSpec; questions: Question[]; hash: string };

const mmss = (ms: number) => {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

export default function ExamTaker() {
  const [exam, setExam] = useState<Loaded | null>(null);
  const [error, setError] = useState('');
  const all = useStored(sittings.$store, sittings.initial);
  const [key, setKey] = useState('');
  const [name, setName] = useState('');
  const [number, setNumber] = useState('');
  const [now, setNow] = useState(() => Date.now());
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    const m = /exam=([^&]+)/.exec(location.hash);
    if (!m) return setError('没有考试信息：请用培训师发的链接或二维码打开。');
    const d = decodeSpec(m[1]);
    if (!d.ok) return setError(d.error);
    loadPool(d.spec.banks)
      .then((pool) => {
        const questions = drawQuestions(d.spec, pool);
        if (questions.length < d.spec.count) return setError('本站的题库里没有这么多符合条件的题：请联系培训师。');
        const hash = examHash(d.spec, questions);
        setExam({ spec: d.spec, questions, hash });
        // Resume an unfinished (or show a finished) sitting of this exam on this phone.
        const mine = Object.entries(sittings.get()).filter(([k]) => k.startsWith(hash + ':')).sort(([, a], [, b]) => b.startedAt - a.startedAt);
        if (mine.length) setKey(mine[0][0]);
      })
      .catch(() => setError('题库没有加载成功：请联网后刷新页面。'));
  }, []);

  const sitting: ExamSitting | undefined = key ? all[key] : undefined;
  const ordered = useMemo(() => (exam && sitting ? orderFor(exam.spec, exam.questions, sitting.number) : []), [exam, sitting?.number]);
  const deadline = exam && sitting ? sitting.startedAt + exam.spec.minutes * 60_000 : 0;
  const remaining = deadline - now;

  useEffect(() => {
    if (!sitting || sitting.submittedAt) return;
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, [sitting?.startedAt, sitting?.submittedAt]);

  const update = (fn: (s: ExamSitting) => ExamSitting) => sittings.update((cur) => (cur[key] ? { ...cur, [key]: fn(cur[key]) } : cur));

  const submit = () => {
    if (!exam || !sitting || sitting.submittedAt) return;
    const answers: Record<string, Response> = { ...sitting.answers };
    for (const q of exam.questions) if (!answers[q.id] && q.type === 'order') answers[q.id] = initialResponse(q, sitting.number)!;
    const submittedAt = Math.min(Date.now(), deadline);
    const s = scoreExam(exam.questions, answers, exam.spec.pass);
    const code = encodeResult({ v: 1, spec: exam.spec, hash: exam.hash, name: sitting.name, number: sitting.number, answers, startedAt: sitting.startedAt, submittedAt, claimedPercent: s.percent });
    update((x) => ({ ...x, answers, submittedAt, code }));
    setConfirming(false);
  };

  // Time up: submit what there is.
  useEffect(() => {
    if (sitting && !sitting.submittedAt && exam && remaining <= 0) submit();
  }, [remaining <= 0, sitting?.submittedAt]);

  if (error) return <p role="alert" class="notice">{error}</p>;
  if (!exam) return <p role="status">正在准备考试…</p>;
  const { spec } = exam;

  if (!sitting) {
    const start = (e: Event) => {
      e.preventDefault();
      const n = number.trim();
      const k = `${exam.hash}:${n}`;
      if (!name.trim() || !n) return;
      sittings.update((cur) => (cur[k] ? cur : { ...cur, [k]: { name: name.trim(), number: n, startedAt: Date.now(), answers: {} } }));
      setNow(Date.now());
      setKey(k);
    };
    return (
      <form class="exam-start" onSubmit={start}>
        <Notices />
        <p>
          共 <strong>{spec.count}</strong> 题，限时 <strong>{spec.minutes}</strong> 分钟，<strong>{spec.pass}</strong> 分及格。交卷前不显示对错；时间到自动交卷。
        </p>
        <label class="field">
          <span>姓名</span>
          <input type="text" required maxLength={40} autocomplete="name" value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
        </label>
        <label class="field">
          <span>工号</span>
          <input type="text" required maxLength={40} value={number} onInput={(e) => setNumber((e.target as HTMLInputElement).value)} />
        </label>
        <button type="submit" class="button primary big">开始考试</button>
      </form>
    );
  }

  if (sitting.submittedAt && sitting.code) {
    const s = scoreExam(exam.questions, sitting.answers, spec.pass);
    const download = () => downloadFile(`考试结果-${sitting.number}-${sitting.name}.txt`, sitting.code! + '\r\n', 'text/plain');
    return (
      <div class="exam-done">
        <Notices />
        <p role="status" class={`verdict ${s.passed ? 'ok' : 'bad'}`}>
          {sitting.name}（{sitting.number}）：<strong>{s.percent} 分</strong>，{s.passed ? '通过' : '未通过'}（答对 {s.correct} / {s.total} 题）
        </p>
        <h2>把结果交给培训师</h2>
        <p>任选一种：让培训师扫下面的二维码；或复制结果码发给培训师；或下载结果文件。</p>
        <QrImage text={sitting.code} label="考试结果二维码" />
        <label class="field">
          <span>结果码</span>
          <textarea readOnly rows={4} class="code" value={sitting.code} onFocus={(e) => (e.target as HTMLTextAreaElement).select()} data-result-code />
        </label>
        <div class="actions">
          <button type="button" class="button" onClick={() => navigator.clipboard?.writeText(sitting.code!)}>复制结果码</button>
          <button type="button" class="button" onClick={download}>下载结果文件</button>
        </div>
      </div>
    );
  }

  const answered = exam.questions.filter((q) => isAnswered(sitting.answers[q.id])).length;
  return (
    <div class="exam">
      <Notices />
      <p class="sim-clock exam-timer">
        <span>剩余时间</span> <strong role="timer" aria-label={`剩余 ${mmss(remaining)}`}>{mmss(remaining)}</strong>
        <span>已答 {answered} / {exam.questions.length}</span>
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          answered < exam.questions.length ? setConfirming(true) : submit();
        }}
      >
        <ol class="exam-questions">
          {ordered.map((q, i) => (
            <li key={q.id} id={`exam-q-${i + 1}`}>
              <QuestionView q={q} seed={sitting.number} value={sitting.answers[q.id] ?? initialResponse(q, sitting.number)} locked={false} onChange={(r) => update((x) => ({ ...x, answers: { ...x.answers, [q.id]: r } }))} />
            </li>
          ))}
        </ol>
        {confirming ? (
          <div class="confirm" role="alertdialog" aria-labelledby="exam-confirm">
            <p id="exam-confirm">还有 {exam.questions.length - answered} 题没答，确定交卷吗？</p>
            <button type="button" class="button primary" onClick={submit}>确定交卷</button>{' '}
            <button type="button" class="button" onClick={() => setConfirming(false)}>继续答题</button>
          </div>
        ) : (
          <button type="submit" class="button primary big">交卷</button>
        )}
      </form>
    </div>
  );
}
