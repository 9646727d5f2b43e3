/**
 * 我的: progress per role, wrong-answer book, quiz/drill/checklist history, backups that work
 * inside WeChat (merged on restore, never a silent overwrite), and reset with confirmation.
 */
import { passLabel } from '../lib/labels.ts';
import { useState } from 'preact/hooks';
import { pathStatus } from '../lib/path.ts';
import { mineFirst, practiceLog } from '../lib/practice-log.ts';
import { wrongBook } from '../lib/quiz/progress.ts';
import type { AllData } from '../lib/storage/backup.ts';
import type { RolePath } from '../data/training.ts';
import { clearAll } from '../stores/all.ts';
import { exams } from '../stores/exams.ts';
import { settings } from '../stores/settings.ts';
import { incidents } from '../stores/incidents.ts';
import { Backup } from './me/Backup.tsx';
import { IncidentLog } from './me/IncidentLog.tsx';
import { SetAsideList } from './me/SetAsideList.tsx';
import { Notices } from './Notices.tsx';
import { usePathState } from './usePathState.ts';
import { useStored } from './useStored.ts';
import { routes } from '../lib/routes.ts';

interface Props {
  paths: RolePath[];
  banks: { id: string; title: string }[];
  drillTitles: Record<string, string>;
  checklistTitles: Record<string, string>;
}

const fmt = (ms: number) => new Date(ms).toLocaleString('zh-CN', { hour12: false });

export default function MyData({ paths, banks, drillTitles, checklistTitles }: Props) {
  const all: AllData = {
    ...usePathState(),
    settings: useStored(settings.$store, settings.initial),
    incidents: useStored(incidents.$store, incidents.initial),
    exams: useStored(exams.$store, exams.initial),
  };
  const [message, setMessage] = useState('');
  const [confirming, setConfirming] = useState(false);
  const wrong = wrongBook(all.progress);
  const bankTitle = new Map(banks.map((b) => [b.id, b.title]));
  const wrongByBank = banks.map((b) => ({ ...b, n: wrong.filter((id) => all.progress.answers[id]?.bank === b.id).length })).filter((b) => b.n > 0);

  const reset = () => {
    clearAll();
    void import('./photos/photoDb.ts').then((m) => m.clearPhotos());
    setConfirming(false);
    setMessage('本机学习记录、考试记录和现场处置记录已全部清空。');
  };

  const log = practiceLog(all);

  return (
    <div class="my-data">
      <Notices />
      <section aria-labelledby="me-role">
        <h2 id="me-role">我的岗位</h2>
        <label class="field">
          <span>岗位</span>
          <select value={all.settings.role ?? ''} onChange={(e) => settings.update((s) => ({ ...s, role: (e.target as HTMLSelectElement).value || undefined }))}>
            <option value="">（未选择）</option>
            {paths.map((p) => (
              // a phone's select shows one line: 秩序维护员（门岗、巡逻、…） is cut mid-list, so the posts in
              // brackets stay on the progress cards below
              <option key={p.role} value={p.role}>
                {p.title.replace(/（[^）]*）$/, '')}
              </option>
            ))}
          </select>
        </label>
      </section>
      <section aria-labelledby="me-progress">
        <h2 id="me-progress">各岗位学习进度</h2>
        <ul class="role-progress">
          {mineFirst(paths, all.settings.role).map((p) => {
            const r = pathStatus(p.items, all, { [p.role]: p.deck });
            return (
              <li key={p.role} class={p.role === all.settings.role ? 'mine' : ''}>
                <a href={routes.roles.role(p.role, 'path')}>{p.title}</a>
                <span class="bar">
                  <progress max={100} value={r.percent} aria-label={`${p.title}学习路径完成 ${r.percent}%`} />
                  <strong data-role-percent={p.role}>{r.percent}%</strong>
                </span>
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="me-wrong">
        <h2 id="me-wrong">错题本</h2>
        {wrongByBank.length ? (
          <ul class="linklist">
            {wrongByBank.map((b) => (
              <li key={b.id}>
                <a href={routes.train.quiz(b.id)}>{b.title}</a>：{b.n} 题
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">没有错题。</p>
        )}
      </section>
      <section aria-labelledby="me-history">
        <h2 id="me-history">练习记录</h2>
        {log.length === 0 && <p class="muted">还没有记录。</p>}
        <ul data-practice-log>
          {log.map((a) =>
            a.kind === 'quiz' ? (
              <li key={`q${a.bank}${a.at}`}>
                {fmt(a.at)} 测验「{bankTitle.get(a.bank) ?? a.bank}」{a.correct}/{a.total}
              </li>
            ) : a.kind === 'drill' ? (
              <li key={`d${a.drill}${a.at}`}>
                {fmt(a.at)} 演练「{drillTitles[a.drill] ?? a.drill}」{a.score} 分 {passLabel(a.passed)}
              </li>
            ) : (
              <li key={`c${a.checklist}${a.at}`}>
                {fmt(a.at)} 检查表「{checklistTitles[a.checklist] ?? a.checklist}」{a.period} {a.by}
              </li>
            ),
          )}
        </ul>
      </section>
      <IncidentLog />
      <SetAsideList all={all} />
      <Backup />
      <section aria-labelledby="me-editor">
        <h2 id="me-editor">给编辑用</h2>
        <label>
          <input
            type="checkbox"
            checked={all.settings.editLinks === true}
            onChange={(e) => {
              const on = (e.target as HTMLInputElement).checked;
              settings.update((s) => ({ ...s, editLinks: on }));
              document.documentElement.toggleAttribute('data-edit', on);
            }}
          />{' '}
          在手册、预案、题库和检查表页面显示「编辑此页」
        </label>
        <p class="muted">只给改内容的培训经理和总部编辑用：链接打开电脑上的内容编辑器（/admin/）。员工不用打开。</p>
      </section>
      <section aria-labelledby="me-clear">
        <h2 id="me-clear">清空本机记录</h2>
        {!confirming ? (
          <button type="button" class="button danger-outline" onClick={() => setConfirming(true)}>
            清空本机记录…
          </button>
        ) : (
          <div class="confirm" role="alertdialog" aria-labelledby="confirm-h">
            <p id="confirm-h">
              <strong>确定要清空这个浏览器里的全部学习记录、考试记录和现场处置记录吗？</strong>清空后无法恢复，建议先备份。
            </p>
            <button type="button" class="button danger" onClick={reset}>
              确定清空
            </button>{' '}
            <button type="button" class="button" onClick={() => setConfirming(false)}>
              取消
            </button>
          </div>
        )}
        <p role="status" aria-live="polite">
          {message}
        </p>
      </section>
    </div>
  );
}
