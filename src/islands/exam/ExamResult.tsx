/** After submission: the score, and the result code as QR, text and file for the trainer. */
import { passLabel } from '../../lib/labels.ts';
import { scoreExam } from '../../lib/exam/score.ts';
import type { Exam } from '../../lib/exam/sitting.ts';
import type { ExamSitting } from '../../lib/storage/exams-schema.ts';
import { BackupNudge } from '../BackupNudge.tsx';
import { CopyText } from '../fallback/CopyText.tsx';
import { SaveFile } from '../fallback/SaveFile.tsx';
import { Notices } from '../Notices.tsx';
import { QrImage } from './QrImage.tsx';

export function ExamResult({ exam, sitting, onNext }: { exam: Exam; sitting: ExamSitting; onNext: () => void }) {
  const code = sitting.code!;
  const s = scoreExam(exam.questions, sitting.answers, exam.spec.pass);
  return (
    <div class="exam-done">
      <Notices />
      <h2>{exam.spec.title}</h2>
      <p role="status" class={`verdict ${s.passed ? 'ok' : 'bad'}`}>
        {sitting.name}（{sitting.number}）：<strong>{s.percent} 分</strong>，{passLabel(s.passed)}（答对 {s.correct} / {s.total} 题）
      </p>
      <h2>把结果交给培训师</h2>
      <p>任选一种：让培训师扫下面的二维码；或复制结果码发给培训师（微信里也能发）；或下载结果文件。</p>
      <QrImage text={code} label="考试结果二维码" />
      <CopyText text={code} label="结果码" copyLabel="复制结果码" attrs={{ 'data-result-code': '' }} />
      <div class="actions">
        <SaveFile name={`考试结果-${sitting.number}-${sitting.name}.txt`} text={() => code + '\r\n'} type="text/plain" label="下载结果文件" />
      </div>
      <BackupNudge />
      <p>
        <button type="button" class="button" onClick={onNext}>
          下一位考生用这台设备考试
        </button>
      </p>
    </div>
  );
}
