/** The results' exports (CSV for Excel, xAPI) and the console backup. */
import { passLabel } from '../../lib/labels.ts';
import { durationText, type Row } from '../../lib/exam/console.ts';
import { toCsv, xapiStatement } from '../../lib/exam/export.ts';
import { localDate } from '../../lib/local-date.ts';
import { SaveFile } from '../fallback/SaveFile.tsx';

export const when = (ms: number) => new Date(ms).toLocaleString('zh-CN', { hour12: false });
export const STATUS_NOTE: Record<Row['status'], string> = {
  current: '',
  stale: '按出卷时的题库计分（题库已更新，不能重新计分）',
  unverified: '考试设置无法核实，不计通过',
};

interface Props {
  sorted: Row[];
  roles: Record<string, string>;
  site: string;
  codes: string[];
  keys: string[];
}

export function ResultsExport({ sorted, roles, site, codes, keys }: Props) {
  const stamp = () => localDate(Date.now());
  const csv = () => {
    const body = sorted.map((r) => [
      r.name,
      r.number,
      r.role ? (roles[r.role] ?? r.role) : '',
      r.examTitle,
      r.percent ?? '',
      r.correct ?? '',
      r.total,
      passLabel(r.passed),
      durationText(r.durationMs),
      when(r.submittedAt),
      [STATUS_NOTE[r.status], ...r.notes].filter(Boolean).join('；'),
    ]);
    return toCsv(['姓名', '工号', '岗位', '考试', '分数', '答对', '题数', '结果', '用时', '交卷时间', '备注'], body);
  };
  const xapi = () => {
    const statements = sorted
      .filter((r) => r.correct !== undefined)
      .map((r) =>
        xapiStatement({
          site,
          examId: r.examId,
          examTitle: r.examTitle,
          name: r.name,
          number: r.number,
          correct: r.correct!,
          total: r.total,
          passed: r.passed,
          startedAt: r.startedAt,
          submittedAt: r.submittedAt,
        }),
      );
    return JSON.stringify(statements, null, 2);
  };
  // Codes plus this console's signing keys: another of the trainer's computers can verify its exams.
  const backup = () => [...keys.map((k) => `WYKEY.${k}`), ...codes].join('\r\n') + '\r\n';
  return (
    <div class="actions">
      <SaveFile name={`考核结果-${stamp()}.csv`} text={csv} type="text/csv;charset=utf-8" label="导出 CSV（Excel）" />
      <SaveFile name={`xapi-${stamp()}.json`} text={xapi} type="application/json" label="导出 xAPI" />
      <SaveFile name={`考核台备份-${stamp()}.txt`} text={backup} type="text/plain" label="备份考核台" />
    </div>
  );
}
