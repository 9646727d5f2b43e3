/**
 * A staff list read for the trainer to check before it is kept: which columns were found (in any
 * order, under the names HR actually uses), each good row as a person, and each bad row with a
 * Chinese reason. Nothing here throws; a row that cannot be read is reported, never dropped quietly.
 */
import { MAX_PEOPLE, type Person } from '../storage/roster-schema.ts';
import { parseCsv } from './csv.ts';
import { readDate } from './dates.ts';

export type Column = 'name' | 'number' | 'role' | 'project' | 'joined';
export const COLUMN_LABEL: Record<Column, string> = { name: '姓名', number: '工号', role: '岗位', project: '项目', joined: '入职日期' };
const ALIASES: Record<Column, string[]> = {
  name: ['姓名', '名字', '员工姓名', '人员姓名', 'name'],
  number: ['工号', '员工编号', '员工号', '编号', '工牌号', '人员编号'],
  role: ['岗位', '职位', '岗位名称', '工种', '职务'],
  project: ['项目', '所属项目', '项目名称', '服务项目', '管理处', '小区'],
  joined: ['入职日期', '入职时间', '入职', '到岗日期'],
};
/** Without these the list says nothing about who must take which exam. */
const REQUIRED: Column[] = ['name', 'role'];

export interface RosterLine {
  /** the line in the file, as Excel numbers it (the header is line 1) */
  line: number;
  cells: Partial<Record<Column, string>>;
  person?: Person;
  error?: string;
  /** kept, but worth a look: a name that starts like a formula */
  note?: string;
}
export interface RosterRead {
  /** why nothing at all can be read (a missing required column, an empty file) */
  error?: string;
  columns: Column[];
  /** optional columns the file lacks, and what that means */
  missing: string[];
  lines: RosterLine[];
  people: Person[];
}

const norm = (s: string) =>
  s
    .replace(/^\uFEFF/, '')
    .replace(/[\s*＊]/g, '')
    .replace(/[（(].*[）)]$/, '')
    .toLowerCase();
export const looksLikeFormula = (s: string) => /^[=+\-@\t\r]/.test(s);

/** `roleNames`: every way a post may be written (id, title, short title, aliases) → role id. */
export function readRoster(text: string, roleNames: Record<string, string>): RosterRead {
  const rows = parseCsv(text);
  const headerAt = rows.findIndex((r) => r.some((c) => c.trim()));
  const empty = { columns: [], missing: [], lines: [], people: [] };
  if (headerAt < 0) return { ...empty, error: '文件是空的' };
  const header = rows[headerAt].map(norm);
  const index: Partial<Record<Column, number>> = {};
  for (const col of Object.keys(ALIASES) as Column[]) {
    const at = header.findIndex((h) => ALIASES[col].includes(h));
    if (at >= 0) index[col] = at;
  }
  const columns = (Object.keys(index) as Column[]).sort((a, b) => index[a]! - index[b]!);
  const lacking = REQUIRED.filter((c) => index[c] === undefined);
  if (lacking.length)
    return { ...empty, columns, error: `第 ${headerAt + 1} 行（表头）缺少${lacking.map((c) => `「${COLUMN_LABEL[c]}」`).join('')}列：表头要写 姓名、工号、岗位、项目、入职日期（顺序不限）` };
  const missing = [
    index.number === undefined ? '没有「工号」列：成绩只能按姓名对上人' : '',
    index.project === undefined ? '没有「项目」列：所有人算作「未填项目」' : '',
    index.joined === undefined ? '没有「入职日期」列：不会算逾期' : '',
  ].filter(Boolean);

  // each post by the first name it is listed under (its short title)
  const shown = [...new Set(Object.values(roleNames))].map((id) => Object.keys(roleNames).find((n) => roleNames[n] === id && n !== id) ?? id).join('、');
  const byNumber = new Map<string, number>();
  const lines: RosterLine[] = [];
  const people: Person[] = [];
  for (let i = headerAt + 1; i < rows.length; i++) {
    const r = rows[i];
    if (!r.some((c) => c.trim())) continue;
    const cells: RosterLine['cells'] = {};
    for (const col of columns) cells[col] = (r[index[col]!] ?? '').trim();
    const line: RosterLine = { line: i + 1, cells };
    lines.push(line);
    const fail = (why: string) => void (line.error = `第 ${i + 1} 行：${why}`);
    const name = cells.name ?? '';
    const number = cells.number ?? '';
    const roleText = cells.role ?? '';
    const role = roleNames[roleText] ?? roleNames[norm(roleText)];
    const joined = cells.joined ? readDate(cells.joined) : undefined;
    if (!name) fail('没有姓名');
    else if (name.length > 40) fail('姓名超过 40 个字');
    else if (!roleText) fail('没有岗位');
    else if (!role) fail(`岗位「${roleText.slice(0, 20)}」不是本站的岗位（可以写：${shown}）`);
    else if (number.length > 40) fail('工号超过 40 个字');
    else if (number && byNumber.has(number.toUpperCase())) fail(`工号「${number}」和第 ${byNumber.get(number.toUpperCase())} 行重复，这一行没有导入`);
    else if (joined === null) fail(`入职日期「${cells.joined!.slice(0, 20)}」看不懂（请写成 2026-03-01）`);
    else if ((cells.project ?? '').length > 60) fail('项目名称超过 60 个字');
    else if (people.length >= MAX_PEOPLE) fail(`名单最多 ${MAX_PEOPLE} 人，这一行没有导入`);
    if (line.error) continue;
    if (looksLikeFormula(name)) line.note = `姓名以「${name[0]}」开头：按文字保存，导出 CSV 时前面加 ' ，Excel 不会把它当公式`;
    if (number) byNumber.set(number.toUpperCase(), i + 1);
    const person: Person = { name, number, role: role!, project: cells.project ?? '', ...(joined ? { joined } : {}) };
    line.person = person;
    people.push(person);
  }
  if (!lines.length) return { ...empty, columns, missing, error: '表头下面没有人' };
  return { columns, missing, lines, people };
}

/** The list kept after an import: replacing it, or adding to it (a 工号 already there takes the new row). */
export function applyRoster(current: Person[], incoming: Person[], mode: 'replace' | 'merge'): { people: Person[]; added: number; updated: number } {
  if (mode === 'replace') return { people: incoming, added: incoming.length, updated: 0 };
  const key = (p: Person) => (p.number ? `#${p.number.toUpperCase()}` : `${p.name}|${p.project}`);
  const next = new Map(current.map((p) => [key(p), p]));
  let updated = 0;
  for (const p of incoming) {
    if (next.has(key(p))) updated++;
    next.set(key(p), p);
  }
  return { people: [...next.values()], added: incoming.length - updated, updated };
}
