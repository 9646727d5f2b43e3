/** A pass certificate for one result, printable. */
import type { Row } from '../../lib/exam/console.ts';

export function Certificate({ row, roles, onBack }: { row: Row; roles: Record<string, string>; onBack: () => void }) {
  return (
    <div class="certificate-view">
      <div class="certificate" data-certificate>
        <p class="kicker">上岗考核合格证明</p>
        <h2>{row.name}</h2>
        <p>工号 {row.number}{row.role ? ` · ${roles[row.role] ?? row.role}` : ''}</p>
        <p>
          于 {new Date(row.submittedAt).toLocaleDateString('zh-CN')} 参加「{row.examTitle}」，成绩 <strong>{row.percent} 分</strong>，考核合格。
        </p>
        <p class="sign">培训主管签字：__________　　日期：__________</p>
      </div>
      <div class="actions no-print">
        <button type="button" class="button primary" onClick={() => print()}>打印</button>
        <button type="button" class="button" onClick={onBack}>返回考核台</button>
      </div>
    </div>
  );
}
