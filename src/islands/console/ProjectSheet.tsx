/** One project's completion on paper: who, which exam, status, score, date, and a line to sign. */
import { useEffect, useRef } from 'preact/hooks';
import { STATUS_WORD, type PersonLine } from '../../lib/roster/completion.ts';
import { PrintButton } from '../fallback/PrintButton.tsx';
import { NO_PROJECT } from './CompletionView.tsx';

export function ProjectSheet({ project, lines, roles, today, onBack }: { project: string; lines: PersonLine[]; roles: Record<string, string>; today: string; onBack: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const html = document.documentElement;
    html.classList.add('sheet-print');
    heading.current?.focus();
    return () => html.classList.remove('sheet-print');
  }, []);
  const title = `${project || NO_PROJECT} 上岗考核完成情况`;
  return (
    <div class="project-sheet" data-project-sheet>
      <p class="no-print hint">这是打印预览：打印时只打印这张表。</p>
      <h3 id="sheet-h" tabIndex={-1} ref={heading}>
        {title}
      </h3>
      <p>
        截至 {today}，共 {lines.length} 人。
      </p>
      <table class="sheet-table">
        <thead>
          <tr>
            <th scope="col">姓名</th>
            <th scope="col">工号</th>
            <th scope="col">岗位</th>
            <th scope="col">考试</th>
            <th scope="col">状态</th>
            <th scope="col">分数</th>
            <th scope="col">考试日期</th>
            <th scope="col">本人签字</th>
          </tr>
        </thead>
        <tbody>
          {lines.flatMap((l, i) =>
            (l.cells.length ? l.cells : [null]).map((c, k) => (
              <tr key={`${i}-${k}`}>
                <td>{l.person.name}</td>
                <td>{l.person.number}</td>
                <td>{roles[l.person.role] ?? l.person.role}</td>
                <td>{c?.exam.title ?? '—'}</td>
                <td>{c ? STATUS_WORD[c.status] : '—'}</td>
                <td>{c?.percent ?? ''}</td>
                <td>{c?.at ? new Date(c.at).toLocaleDateString('zh-CN') : ''}</td>
                <td class="sign" />
              </tr>
            )),
          )}
        </tbody>
      </table>
      <p class="sheet-signs">培训主管（签字）：＿＿＿＿＿＿　项目负责人（签字）：＿＿＿＿＿＿</p>
      <div class="actions no-print">
        <PrintButton primary />
        <button type="button" class="button" onClick={onBack}>
          返回完成情况
        </button>
      </div>
    </div>
  );
}
