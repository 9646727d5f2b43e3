/**
 * 成绩: every result, sortable (column headings on a wide screen, a list box on a phone, where the
 * rows become labelled cards). A row opens that trainee's answer sheet: click it, or its name.
 */
import { passLabel } from '../../lib/labels.ts';
import { useState } from 'preact/hooks';
import { durationText, sortRows, type Row, type SortKey } from '../../lib/exam/console.ts';
import { ResultsExport, STATUS_NOTE, when } from './ResultsExport.tsx';

// Drawing thousands of rows at once is what makes a big import feel slow; sorting covers everyone.
const ROW_PAGE = 200;
type Sort = { key: SortKey; dir: 1 | -1 };
const COLUMNS: [SortKey, string][] = [
  ['name', '姓名'],
  ['number', '工号'],
  ['role', '岗位'],
  ['percent', '分数'],
  ['passed', '结果'],
  ['durationMs', '用时'],
  ['submittedAt', '交卷时间'],
];
const NUMERIC = new Set<SortKey>(['percent', 'durationMs', 'submittedAt']);
const firstDir = (key: SortKey): 1 | -1 => (key === 'name' || key === 'number' || key === 'role' ? 1 : -1);
/** How each order reads in the phone's sort list: [ascending, descending]. */
const DIRECTION: Partial<Record<SortKey, [string, string]>> = {
  percent: ['从低到高', '从高到低'],
  passed: ['未通过在前', '通过在前'],
  durationMs: ['从短到长', '从长到短'],
  submittedAt: ['从早到晚', '从晚到早'],
};

interface Props {
  rows: Row[];
  roles: Record<string, string>;
  site: string;
  codes: string[];
  keys: string[];
  onOpen: (r: Row) => void;
  onCertificate: (r: Row) => void;
}

export function ResultsTable({ rows, roles, site, codes, keys, onOpen, onCertificate }: Props) {
  const [sort, setSort] = useState<Sort>({ key: 'submittedAt', dir: -1 });
  const [showAll, setShowAll] = useState(false);
  const sorted = sortRows(rows, sort.key, sort.dir);
  const passed = rows.filter((r) => r.passed).length;

  const header = (key: SortKey, label: string) => {
    const active = sort.key === key;
    return (
      <th key={key} scope="col" class={NUMERIC.has(key) ? 'num' : undefined} aria-sort={active ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>
        <button type="button" class="sort" onClick={() => setSort({ key, dir: active ? (-sort.dir as 1 | -1) : firstDir(key) })}>
          {label}
          {active ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}
        </button>
      </th>
    );
  };
  // A click anywhere on a row opens the sheet, except on the row's own buttons.
  const rowClick = (r: Row) => (e: MouseEvent) => {
    if (!(e.target as Element).closest('button, a')) onOpen(r);
  };

  return (
    <section aria-labelledby="results-h" class="results">
      <div class="section-head">
        <h2 id="results-h">成绩（{rows.length} 人）</h2>
      </div>
      <dl class="stats">
        <div>
          <dt>考生</dt>
          <dd>{rows.length}</dd>
        </div>
        <div>
          <dt>通过</dt>
          <dd>{passed}</dd>
        </div>
        <div>
          <dt>通过率</dt>
          <dd>{rows.length ? Math.round((100 * passed) / rows.length) : 0}%</dd>
        </div>
      </dl>
      <ResultsExport sorted={sorted} roles={roles} site={site} codes={codes} keys={keys} />
      <label class="field sort-pick">
        <span>排序</span>
        <select
          value={`${sort.key}:${sort.dir}`}
          onChange={(e) => {
            const [key, dir] = (e.target as HTMLSelectElement).value.split(':');
            setSort({ key: key as SortKey, dir: Number(dir) as 1 | -1 });
          }}
        >
          {COLUMNS.flatMap(([key, label]) =>
            [1, -1].map((dir) => (
              <option key={`${key}:${dir}`} value={`${key}:${dir}`}>
                {label}（{(DIRECTION[key] ?? ['顺序', '倒序'])[dir === 1 ? 0 : 1]}）
              </option>
            )),
          )}
        </select>
      </label>
      <p class="hint">点一行（或姓名）看这位考生的答卷：每题答了什么、标准答案、对错。</p>
      <div class="table-wrap">
        <table class="reflow results-table" data-results>
          <thead>
            <tr>
              {COLUMNS.map(([key, label]) => header(key, label))}
              <th scope="col">证书</th>
            </tr>
          </thead>
          <tbody>
            {sorted.slice(0, showAll ? undefined : ROW_PAGE).map((r) => (
              <tr key={r.key} data-status={r.status} class="openable" onClick={rowClick(r)}>
                <td data-label="姓名">
                  <button type="button" class="link name" data-sheet-open={r.key} onClick={() => onOpen(r)} aria-label={`${r.name}：看答卷`}>
                    {r.name}
                  </button>
                </td>
                <td data-label="工号">{r.number}</td>
                <td data-label="岗位">{r.role ? (roles[r.role] ?? r.role) : '—'}</td>
                <td data-label="分数" class="num" data-score>
                  {r.percent ?? '—'}
                  {r.claimedPercent !== undefined && r.percent !== undefined && r.claimedPercent !== r.percent && r.status === 'current' && (
                    <span class="badge critical" title="手机上显示的分数与本机重算不一致">
                      分数被改过
                    </span>
                  )}
                  {r.status !== 'current' && (
                    <span class="badge" data-status-note>
                      {STATUS_NOTE[r.status]}
                    </span>
                  )}
                  {r.notes.map((n) => (
                    <span key={n} class="badge critical" data-note>
                      {n}
                    </span>
                  ))}
                </td>
                <td data-label="结果">
                  <span class={r.passed ? 'badge ok' : 'badge critical'}>{passLabel(r.passed)}</span>
                </td>
                <td data-label="用时" class="num">
                  {durationText(r.durationMs)}
                </td>
                <td data-label="交卷时间" class="num">
                  {when(r.submittedAt)}
                </td>
                <td data-label="证书">
                  {r.passed ? (
                    <button type="button" class="link" onClick={() => onCertificate(r)}>
                      打印证书
                    </button>
                  ) : (
                    '—'
                  )}
                </td>
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
