/** What leaves the completion view: the reminder for the work group, and the CSV for HR. */
import { toCsv } from '../exam/export.ts';
import { STATUS_WORD, type PersonLine, type RequiredExam, type Status } from './completion.ts';

const who = (l: PersonLine) => (l.person.number ? `${l.person.name}（${l.person.number}）` : l.person.name);

/**
 * The message for the WeChat work group: for each required exam, its link, then who still has to
 * pass it — overdue first, then failed, then not taken. Names are written as they are: a chat
 * shows text, it runs nothing.
 */
export function reminderText(lines: PersonLine[], exams: (RequiredExam & { link: string; count?: number; minutes?: number; pass?: number })[], today: string, scope: string): string {
  const order: Status[] = ['overdue', 'failed', 'missing'];
  const blocks = exams.flatMap((e) => {
    const owed = lines.flatMap((l) => l.cells.filter((c) => c.exam.id === e.id && c.status !== 'passed').map((c) => ({ l, c })));
    if (!owed.length) return [];
    const rules = e.count ? `（${e.count} 题，${e.minutes} 分钟，${e.pass} 分及格）` : '';
    return [
      [
        `【${e.title}】${rules}还有 ${owed.length} 人：`,
        ...order.flatMap((s) => {
          const names = owed.filter((o) => o.c.status === s).map((o) => who(o.l));
          return names.length ? [`${STATUS_WORD[s]}：${names.join('、')}`] : [];
        }),
        `考试链接：${e.link}`,
      ].join('\n'),
    ];
  });
  if (!blocks.length) return `${scope}上岗考核：截至 ${today}，名单上的人都已通过。`;
  return [`${scope}上岗考核提醒（截至 ${today}）：下面的同事请用手机打开考试链接，在培训师安排下完成考试，交卷后把结果码发给培训师。`, ...blocks].join('\n\n');
}

const dateOf = (ms: number | undefined, day: (ms: number) => string) => (ms === undefined ? '' : day(ms));

/** One row per person and required exam; a person whose post requires none still has a row. */
export function completionCsv(lines: PersonLine[], roles: Record<string, string>, day: (ms: number) => string): string {
  const header = ['项目', '姓名', '工号', '岗位', '入职日期', '考试', '状态', '分数', '考试日期', '截止日期', '考了几次', '备注'];
  const rows = lines.flatMap((l) => {
    const p = l.person;
    const base = [p.project, p.name, p.number, roles[p.role] ?? p.role, p.joined ?? ''];
    if (!l.cells.length) return [[...base, '', '本岗位没有规定的上岗考核', '', '', '', '', '']];
    return l.cells.map((c) => [...base, c.exam.title, STATUS_WORD[c.status], c.percent ?? '', dateOf(c.at, day), c.due ?? '', c.attempts, c.byName ? '按姓名匹配' : '']);
  });
  return toCsv(header, rows);
}
