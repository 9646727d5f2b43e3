/** The exam's opening screen: its rules, and the trainee's name and staff number. */
import { useState } from 'preact/hooks';
import { newAttemptSeed } from '../../lib/quiz/options.ts';
import { sittingKey, type Exam } from '../../lib/exam/sitting.ts';
import { exams } from '../../stores/exams.ts';
import { Notices } from '../Notices.tsx';

export function ExamStart({ exam, onStarted }: { exam: Exam; onStarted: (key: string) => void }) {
  const [name, setName] = useState('');
  const [number, setNumber] = useState('');
  const { spec } = exam;
  const start = (e: Event) => {
    e.preventDefault();
    const n = number.trim();
    if (!name.trim() || !n) return;
    const k = sittingKey(exam.hash, n);
    const now = Date.now();
    // A staff number that already sat this exam on this phone resumes that sitting.
    exams.update((cur) => (cur[k] ? cur : { ...cur, [k]: { name: name.trim(), number: n, startedAt: now, lastSeenAt: now, seed: newAttemptSeed(), answers: {} } }));
    onStarted(k);
  };
  return (
    <form class="exam-start" onSubmit={start}>
      <Notices />
      <h2>{spec.title}</h2>
      <p>
        共 <strong>{spec.count}</strong> 题，限时 <strong>{spec.minutes}</strong> 分钟，<strong>{spec.pass}</strong>{' '}
        分及格。交卷前不显示对错；时间从点「开始考试」算起，关掉页面也不会停，时间到自动交卷。
      </p>
      <label class="field">
        <span>姓名</span>
        <input type="text" required maxLength={40} autocomplete="name" value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
      </label>
      <label class="field">
        <span>工号</span>
        <input type="text" required maxLength={40} value={number} onInput={(e) => setNumber((e.target as HTMLInputElement).value)} />
      </label>
      <button type="submit" class="button primary big">
        开始考试
      </button>
    </form>
  );
}
