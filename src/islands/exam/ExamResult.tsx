/** After submission: the score, and the result code as QR, text and file for the trainer. */
import { PASS_WORD } from '../../lib/labels.ts';
import { scoreExam } from '../../lib/exam/score.ts';
import type { Exam } from '../../lib/exam/sitting.ts';
import type { ExamSitting } from '../../lib/storage/exams-schema.ts';
import { downloadFile } from '../download.ts';
import { Notices } from '../Notices.tsx';
import { QrImage } from './QrImage.tsx';

export function ExamResult({ exam, sitting, onNext }: { exam: Exam; sitting: ExamSitting; onNext: () => void }) {
  const code = sitting.code!;
  const s = scoreExam(exam.questions, sitting.answers, exam.spec.pass);
  const download = () => downloadFile(`考试结果-${sitting.number}-${sitting.name}.txt`, code + '\r\n', 'text/plain');
  return (
    <div class="exam-done">
      <Notices />
      <h2>{exam.spec.title}</h2>
      <p role="status" class={`verdict ${s.passed ? 'ok' : 'bad'}`}>
        {sitting.name}（{sitting.number}）：<strong>{s.percent} 分</strong>，{PASS_WORD(s.passed)}（答对 {s.correct} / {s.total} 题）
      </p>
      <h2>把结果交给培训师</h2>
      <p>任选一种：让培训师扫下面的二维码；或复制结果码发给培训师；或下载结果文件。</p>
      <QrImage text={code} label="考试结果二维码" />
      <label class="field">
        <span>结果码</span>
        <textarea readOnly rows={4} class="code" value={code} onFocus={(e) => (e.target as HTMLTextAreaElement).select()} data-result-code />
      </label>
      <div class="actions">
        <button type="button" class="button" onClick={() => navigator.clipboard?.writeText(code)}>复制结果码</button>
        <button type="button" class="button" onClick={download}>下载结果文件</button>
      </div>
      <p>
        <button type="button" class="button" onClick={onNext}>下一位考生用这台手机考试</button>
      </p>
    </div>
  );
}
