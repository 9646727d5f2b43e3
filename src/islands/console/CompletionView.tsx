/** 完成情况: counts by project and post, and each person's required exams, status, score and date. */
import { useState } from 'preact/hooks';
import { STATUS_WORD, STATUSES, type Completion, type PersonLine, type Status } from '../../lib/roster/completion.ts';

const ROW_PAGE = 200;
const BADGE: Record<Status, string> = { passed: 'badge ok', failed: 'badge critical', missing: 'badge', overdue: 'badge critical' };
const day = (ms: number) => new Date(ms).toLocaleDateString('zh-CN');
export const NO_PROJECT = '未填项目';

export function CountsTable({ counts, roles, project, role }: { counts: Completion['counts']; roles: Record<string, string>; project?: string; role?: string }) {
  const rows = [...counts].filter(([p]) => project === undefined || p === project).flatMap(([p, byRole]) => [...byRole].filter(([r]) => !role || r === role).map(([r, c]) => ({ p, r, c })));
  return (
    <div class="table-wrap">
      <table class="reflow counts-table" data-counts>
        <caption>各项目、各岗位人数</caption>
        <thead>
          <tr>
            <th scope="col">项目</th>
            <th scope="col">岗位</th>
            <th scope="col" class="num">
              人数
            </th>
            {STATUSES.map((s) => (
              <th key={s} scope="col" class="num">
                {STATUS_WORD[s]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ p, r, c }) => (
            <tr key={`${p}|${r}`} data-count-row={`${p}|${r}`}>
              <td data-label="项目">{p || NO_PROJECT}</td>
              <td data-label="岗位">{roles[r] ?? r}</td>
              <td data-label="人数" class="num">
                {c.people}
              </td>
              {STATUSES.map((s) => (
                <td key={s} data-label={STATUS_WORD[s]} class="num" data-status={s}>
                  {c[s]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function PeopleTable({ lines, roles }: { lines: PersonLine[]; roles: Record<string, string> }) {
  const [all, setAll] = useState(false);
  const shown = all ? lines : lines.slice(0, ROW_PAGE);
  return (
    <>
      <div class="table-wrap">
        <table class="reflow people-table" data-people>
          <caption>每个人的上岗考核（{lines.length} 人）</caption>
          <thead>
            <tr>
              <th scope="col">姓名</th>
              <th scope="col">工号</th>
              <th scope="col">项目</th>
              <th scope="col">岗位</th>
              <th scope="col">考试</th>
              <th scope="col">状态</th>
              <th scope="col" class="num">
                分数
              </th>
              <th scope="col" class="num">
                考试日期
              </th>
              <th scope="col" class="num">
                截止日期
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.flatMap((l, i) => {
              const p = l.person;
              const cells = l.cells.length ? l.cells : [null];
              return cells.map((c, k) => (
                <tr key={`${i}-${k}`} data-person={p.number || p.name} data-state={c?.status ?? 'none'}>
                  <td data-label="姓名">{p.name}</td>
                  <td data-label="工号">{p.number || '—'}</td>
                  <td data-label="项目">{p.project || NO_PROJECT}</td>
                  <td data-label="岗位">{roles[p.role] ?? p.role}</td>
                  <td data-label="考试">{c ? c.exam.title : '本岗位没有规定的上岗考核'}</td>
                  <td data-label="状态">
                    {c && <span class={BADGE[c.status]}>{STATUS_WORD[c.status]}</span>}
                    {c?.byName && (
                      <span class="badge" data-by-name title="结果里的工号和名单对不上，按姓名对上了这个人：请核对">
                        按姓名匹配
                      </span>
                    )}
                    {c && c.attempts > 1 && <span class="muted">（考了 {c.attempts} 次）</span>}
                  </td>
                  <td data-label="分数" class="num">
                    {c?.percent ?? '—'}
                  </td>
                  <td data-label="考试日期" class="num">
                    {c?.at ? day(c.at) : '—'}
                  </td>
                  <td data-label="截止日期" class="num">
                    {c?.due ?? '—'}
                  </td>
                </tr>
              ));
            })}
          </tbody>
        </table>
      </div>
      {!all && lines.length > ROW_PAGE && (
        <button type="button" class="button" onClick={() => setAll(true)}>
          显示全部 {lines.length} 人（现在显示前 {ROW_PAGE} 人）
        </button>
      )}
    </>
  );
}
