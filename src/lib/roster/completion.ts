/**
 * Who has and has not passed the exams their post requires. Required exams are the published
 * (preset) exams of each post. A result belongs to a person by 工号; failing that, by name when
 * exactly one person on the list has it (marked 按姓名匹配); otherwise it is listed as unmatched.
 */
import type { Person } from '../storage/roster-schema.ts';
import { addDays } from './dates.ts';

export type Status = 'passed' | 'failed' | 'missing' | 'overdue';
export const STATUS_WORD: Record<Status, string> = { passed: '已通过', failed: '未通过', missing: '未考', overdue: '逾期' };
export const STATUSES: Status[] = ['passed', 'failed', 'missing', 'overdue'];

/** What completion needs of a result row (lib/exam/console.ts's Row). */
export interface ResultLine {
  key: string;
  name: string;
  number: string;
  examId: string;
  examTitle: string;
  percent?: number;
  passed: boolean;
  submittedAt: number;
}
export interface RequiredExam {
  id: string;
  title: string;
  role?: string;
}
export interface Cell {
  exam: RequiredExam;
  status: Status;
  /** the passing result, or the latest attempt */
  percent?: number;
  at?: number;
  attempts: number;
  /** 入职日期 + the overdue setting */
  due?: string;
  /** one of the results counted was matched by name, not 工号 */
  byName: boolean;
}
export interface PersonLine {
  person: Person;
  cells: Cell[];
  /** results of other exams (not required for this post) that belong to this person */
  other: number;
}
export interface Counts {
  people: number;
  passed: number;
  failed: number;
  missing: number;
  overdue: number;
}
export interface Completion {
  lines: PersonLine[];
  unmatched: ResultLine[];
  /** by project, then role id */
  counts: Map<string, Map<string, Counts>>;
  total: Counts;
}

const zero = (): Counts => ({ people: 0, passed: 0, failed: 0, missing: 0, overdue: 0 });
const numberKey = (n: string) => n.trim().toUpperCase();

/** `today` as YYYY-MM-DD in the trainer's own calendar. */
export function completion(people: Person[], results: ResultLine[], required: RequiredExam[], today: string, overdueDays: number): Completion {
  const byNumber = new Map<string, number>();
  const byName = new Map<string, number[]>();
  people.forEach((p, i) => {
    if (p.number) byNumber.set(numberKey(p.number), i);
    byName.set(p.name, [...(byName.get(p.name) ?? []), i]);
  });
  const mine: { r: ResultLine; byName: boolean }[][] = people.map(() => []);
  const unmatched: ResultLine[] = [];
  for (const r of results) {
    const n = byNumber.get(numberKey(r.number));
    if (n !== undefined) {
      mine[n].push({ r, byName: false });
      continue;
    }
    const same = byName.get(r.name.trim());
    if (same?.length === 1) mine[same[0]].push({ r, byName: true });
    else unmatched.push(r);
  }
  const forRole = new Map<string, RequiredExam[]>();
  for (const e of required) if (e.role) forRole.set(e.role, [...(forRole.get(e.role) ?? []), e]);

  const counts = new Map<string, Map<string, Counts>>();
  const total = zero();
  const lines = people.map((person, i): PersonLine => {
    const exams = forRole.get(person.role) ?? [];
    const due = person.joined ? addDays(person.joined, overdueDays) : undefined;
    const cells = exams.map((exam): Cell => {
      const tries = mine[i].filter((m) => m.r.examId === exam.id).sort((a, b) => a.r.submittedAt - b.r.submittedAt);
      const pass = tries.find((m) => m.r.passed);
      const last = tries[tries.length - 1];
      const shown = pass ?? last;
      const status: Status = pass ? 'passed' : due && today > due ? 'overdue' : tries.length ? 'failed' : 'missing';
      return { exam, status, percent: shown?.r.percent, at: shown?.r.submittedAt, attempts: tries.length, due, byName: tries.some((m) => m.byName) };
    });
    const ids = new Set(exams.map((e) => e.id));
    let byProject = counts.get(person.project);
    if (!byProject) counts.set(person.project, (byProject = new Map()));
    let c = byProject.get(person.role);
    if (!c) byProject.set(person.role, (c = zero()));
    c.people++;
    total.people++;
    for (const cell of cells) {
      c[cell.status]++;
      total[cell.status]++;
    }
    return { person, cells, other: mine[i].filter((m) => !ids.has(m.r.examId)).length };
  });
  return { lines, unmatched, counts, total };
}

/** The lines to show: one project, one post, one status (any of them unset means all). */
export function filterLines(lines: PersonLine[], f: { project?: string; role?: string; status?: Status }): PersonLine[] {
  return lines.filter((l) => (f.project === undefined || l.person.project === f.project) && (!f.role || l.person.role === f.role) && (!f.status || l.cells.some((c) => c.status === f.status)));
}
