/** 成绩: every result, sortable; exports and the console backup. */
import { PASS_WORD } from '../../lib/labels.ts';
import { useState } from 'preact/hooks';
import { durationText, sortRows, type Row, type SortKey } from '../../lib/exam/console.ts';
import { toCsv, xapiStatement } from '../../lib/exam/export.ts';
import { downloadFile } from '../download.ts';

// Drawing thousands of rows at once is what makes a big import feel slow; sorting covers everyone.
const ROW_PAGE = 200;
const when = (ms: number) => new Date(ms).toLocaleString('zh-CN', { hour12: false });
const STATUS_NOTE: Record<Row['status'], string> = {
  current: '',
  stale: '按出卷时的题库计分（题库已更新，不能重新计分）',
  unverified: '考试设置无法核实，不计通过',
};

interface Props {
  rows: Row[];
  roles: Record<string, string>;
  site: string;
  codes: string[];
  keys: string[];
  onCertificate: (r: Row) => void;
}

export function ResultsTable({ rows, roles, site, codes, keys, onCertificate }: Props) {
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: 'submittedAt', dir: -1 });
  const [showAll, setShowAll] = useState(false);
  const sorted = sortRows(rows, sort.key, sort.dir);
  const stamp = () => new Date().toISOString().slice(0, 10);

  const exportCsv = () => {
    const body = sorted.map((r) => [r.name, r.number, r.role ? roles[r.role] ?? r.role : '', r.examTitle, r.percent ?? '', r.correct ?? '', r.total, PASS_WORD(r.passed), durationText(r.durationMs), when(r.submittedAt), [STATUS_NOTE[r.status], r.clockWentBack ? '考试中手机时间被调回' : ''].filter(Boolean).join('；')]);
    downloadFile(`考核结果-${stamp()}.csv`, toCsv(['姓名', '工号', '岗位', '考试', '分数', '答对', '题数', '结果', '用时', '交卷时间', '备注'], body), 'text/csv;charset=utf-8');
  };
  const exportXapi = () => {
    const statements = rows.filter((r) => r.correct !== undefined).map((r) => xapiStatement({ site, examId: r.examId, examTitle: r.examTitle, name: r.name, number: r.number, correct: r.correct!, total: r.total, passed: r.passed, startedAt: r.startedAt, submittedAt: r.submittedAt }));
    downloadFile(`xapi-${stamp()}.json`, JSON.stringify(statements, null, 2), 'application/json');
  };
  // Codes plus this console's signing keys: another of the trainer's computers can verify its exams.
  const backup = () => downloadFile(`考核台备份-${stamp()}.txt`, [...keys.map((k) => `WYKEY.${k}`), ...codes].join('\r\n') + '\r\n', 'text/plain');

  const header = (key: SortKey, label: string) => {
    const active = sort.key === key;
    return (
      <th scope="col" aria-sort={active ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>
        <button type="button" class="sort" onClick={() => setSort({ key, dir: active ? (-sort.dir as 1 | -1) : key === 'name' || key === 'number' ? 1 : -1 })}>
          {label}
          {active ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}
        </button>
      </th>
    );
  };

  return (
    <section aria-labelledby="results-h">
      <h2 id="results-h">成绩（{rows.length} 人）</h2>
      <div class="actions">
        <button type="button" class="button" onClick={exportCsv}>导出 CSV（Excel）</button>
        <button type="button" class="button" onClick={exportXapi}>导出 xAPI</button>
        <button type="button" class="button" onClick={backup}>备份考核台</button>
      </div>
      <div class="table-wrap">
        <table data-results>
          <thead>
            <tr>
              {header('name', '姓名')}
              {header('number', '工号')}
              {header('role', '岗位')}
              {header('percent', '分数')}
              {header('passed', '结果')}
              {header('durationMs', '用时')}
              {header('submittedAt', '交卷时间')}
              <th scope="col">证书</th>
            </tr>
          </thead>
          <tbody>
            {sorted.slice(0, showAll ? undefined : ROW_PAGE).map((r) => (
              <tr key={r.key} data-status={r.status}>
                <td>{r.name}</td>
                <td>{r.number}</td>
                <td>{r.role ? roles[r.role] ?? r.role : '—'}</td>
                <td data-score>
                  {r.percent ?? '—'}
                  {r.claimedPercent !== undefined && r.percent !== undefined && r.claimedPercent !== r.percent && r.status === 'current' && <span class="badge critical" title="手机上显示的分数与本机重算不一致">分数被改过</span>}
                  {r.status !== 'current' && <span class="badge" data-status-note>{STATUS_NOTE[r.status]}</span>}
                  {r.clockWentBack && <span class="badge critical">考试中手机时间被调回</span>}
                </td>
                <td>{PASS_WORD(r.passed)}</td>
                <td>{durationText(r.durationMs)}</td>
                <td>{when(r.submittedAt)}</td>
                <td>{r.passed ? <button type="button" class="link" onClick={() => onCertificate(r)}>打印证书</button> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!showAll && rows.length > ROW_PAGE && (
        <button type="button" class="button" onClick={() => setShowAll(true)}>
          显示全部 {rows.length} 人（现在显示前 {ROW_PAGE} 人）
        </button>
      )}
    </section>
  );
}
