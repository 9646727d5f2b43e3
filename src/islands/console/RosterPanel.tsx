/**
 * 人员名单与完成情况: the staff list kept in the console, and for each person the published exams
 * their post requires — passed, failed, not taken or overdue — with filters, counts by project and
 * post, a reminder to paste into the work group, a CSV for HR and a printable sheet per project.
 * Loaded the first time it is opened (console/Folded.tsx); the logic is in lib/roster.
 */
import { useMemo, useState } from 'preact/hooks';
import { examLink } from '../../lib/exam/link.ts';
import { encodeSpec, type ExamSpec } from '../../lib/exam/spec.ts';
import { localDate } from '../../lib/local-date.ts';
import { completion, filterLines, STATUS_WORD, STATUSES, type ResultLine, type Status } from '../../lib/roster/completion.ts';
import { completionCsv, reminderText } from '../../lib/roster/report.ts';
import { roster } from '../../stores/roster.ts';
import { CopyText } from '../fallback/CopyText.tsx';
import { SaveFile } from '../fallback/SaveFile.tsx';
import { useStored } from '../useStored.ts';
import { CountsTable, NO_PROJECT, PeopleTable } from './CompletionView.tsx';
import { ProjectSheet } from './ProjectSheet.tsx';
import { RosterImport } from './RosterImport.tsx';

interface Props {
  rows: ResultLine[];
  presets: ExamSpec[];
  /** role id → short title */
  roles: Record<string, string>;
  /** every way a post may be written in a list → role id */
  roleNames: Record<string, string>;
}

const ALL = '\u0000all';
/** a list of thousands helps nobody: the first ones say what is wrong, the results table has them all */
const UNMATCHED_SHOWN = 100;

export function RosterPanel({ rows, presets, roles, roleNames }: Props) {
  const data = useStored(roster.$store, roster.get());
  const [project, setProject] = useState(ALL);
  const [role, setRole] = useState('');
  const [status, setStatus] = useState<Status | ''>('');
  const [sheet, setSheet] = useState<string | null>(null);
  const [printProject, setPrintProject] = useState(ALL);
  const today = localDate(Date.now());
  const c = useMemo(() => completion(data.people, rows, presets, today, data.overdueDays), [data, rows, presets, today]);
  const projects = [...c.counts.keys()].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const roleIds = [...new Set(data.people.map((p) => p.role))];
  const f = { project: project === ALL ? undefined : project, role: role || undefined };
  const lines = filterLines(c.lines, { ...f, status: status || undefined });
  const scope = [f.project === undefined ? '' : f.project || NO_PROJECT, f.role ? (roles[f.role] ?? f.role) : ''].filter(Boolean).join(' · ');
  // published exams verify as published: their plain links are what trainees open
  const exams = useMemo(() => presets.map((p) => ({ ...p, link: examLink(location.origin, encodeSpec(p)) })), [presets]);
  const reminder = useMemo(() => reminderText(filterLines(c.lines, f), exams, today, scope ? `${scope} ` : ''), [c, project, role, exams, today]);

  if (sheet !== null) return <ProjectSheet project={sheet} lines={filterLines(c.lines, { project: sheet })} roles={roles} today={today} onBack={() => setSheet(null)} />;
  return (
    <div class="roster-panel">
      <RosterImport roleNames={roleNames} roles={roles} have={data.people.length} />
      {data.people.length > 0 && (
        <>
          <label class="field overdue-days">
            <span>入职后多少天内要考过（过了算逾期）</span>
            <input
              type="number"
              inputMode="numeric"
              min={1}
              max={365}
              value={data.overdueDays}
              onChange={(e) => {
                const n = Math.round(Number((e.target as HTMLInputElement).value));
                if (n >= 1 && n <= 365) roster.update((cur) => ({ ...cur, overdueDays: n }));
              }}
            />
          </label>
          <p data-roster-total>
            名单 {c.total.people} 人：{STATUSES.map((s) => `${STATUS_WORD[s]} ${c.total[s]}`).join('，')}。
          </p>
          <div class="grid3 roster-filters">
            <label class="field">
              <span>项目</span>
              <select value={project} onChange={(e) => setProject((e.target as HTMLSelectElement).value)}>
                <option value={ALL}>全部项目</option>
                {projects.map((p) => (
                  <option key={p} value={p}>
                    {p || NO_PROJECT}
                  </option>
                ))}
              </select>
            </label>
            <label class="field">
              <span>岗位</span>
              <select value={role} onChange={(e) => setRole((e.target as HTMLSelectElement).value)}>
                <option value="">全部岗位</option>
                {roleIds.map((r) => (
                  <option key={r} value={r}>
                    {roles[r] ?? r}
                  </option>
                ))}
              </select>
            </label>
            <label class="field">
              <span>状态</span>
              <select value={status} onChange={(e) => setStatus((e.target as HTMLSelectElement).value as Status | '')}>
                <option value="">全部状态</option>
                {STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {STATUS_WORD[s]}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <CountsTable counts={c.counts} roles={roles} project={f.project} role={f.role} />
          <PeopleTable lines={lines} roles={roles} />
          {c.unmatched.length > 0 && (
            <section aria-labelledby="unmatched-h" data-unmatched>
              <h3 id="unmatched-h">名单里对不上的成绩（{c.unmatched.length} 份）</h3>
              <p class="hint">工号和姓名都对不上名单里的人（或同名的不止一个）：核对后改名单再导入，成绩本身都还在上面的成绩表里。</p>
              <ul>
                {c.unmatched.slice(0, UNMATCHED_SHOWN).map((r) => (
                  <li key={r.key}>
                    {r.name}（工号 {r.number}）：{r.examTitle}，{r.percent ?? '—'} 分
                  </li>
                ))}
              </ul>
              {c.unmatched.length > UNMATCHED_SHOWN && <p class="muted">还有 {c.unmatched.length - UNMATCHED_SHOWN} 份没有列出：按工号或姓名排序的成绩表里都有。</p>}
            </section>
          )}
          <h3>发到工作群的提醒</h3>
          <CopyText label={`提醒还没考过的人（${scope || '全部项目、全部岗位'}）`} text={reminder} rows={8} copyLabel="复制提醒" attrs={{ 'data-reminder': '' }} />
          <h3>导出和打印</h3>
          <div class="actions">
            <SaveFile
              name={`上岗考核完成情况-${scope || '全部'}-${today}.csv`}
              text={() => completionCsv(filterLines(c.lines, f), roles, (ms) => localDate(ms))}
              type="text/csv;charset=utf-8"
              label="导出完成情况 CSV（给人事）"
            />
          </div>
          <div class="actions">
            <label class="field">
              <span>打印哪个项目</span>
              <select value={printProject} onChange={(e) => setPrintProject((e.target as HTMLSelectElement).value)}>
                <option value={ALL} disabled>
                  选一个项目
                </option>
                {projects.map((p) => (
                  <option key={p} value={p}>
                    {p || NO_PROJECT}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" class="button" disabled={printProject === ALL} onClick={() => setSheet(printProject)}>
              打印这个项目的表
            </button>
          </div>
        </>
      )}
    </div>
  );
}
