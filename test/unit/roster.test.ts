import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { completion, filterLines, type ResultLine } from '../../src/lib/roster/completion.ts';
import { decodeCsvBytes, parseCsv } from '../../src/lib/roster/csv.ts';
import { addDays, readDate } from '../../src/lib/roster/dates.ts';
import { applyRoster, readRoster } from '../../src/lib/roster/parse.ts';
import { completionCsv, reminderText } from '../../src/lib/roster/report.ts';
import type { Person } from '../../src/lib/storage/roster-schema.ts';
import { encodeGbk } from '../fixtures/roster/gbk.mjs';

const ROLE_NAMES = { 客服管家: 'steward', 秩序维护员: 'security', 保安: 'security', 保洁员: 'cleaner', steward: 'steward', security: 'security', cleaner: 'cleaner' };
const fixture = (f: string) => new Uint8Array(readFileSync(`test/fixtures/roster/${f}`));

describe('reading a CSV file', () => {
  it('takes UTF-8 with or without a BOM, and GBK as a Chinese Excel saves it', () => {
    const text = '姓名,岗位\r\n张三,保安\r\n';
    expect(decodeCsvBytes(new TextEncoder().encode('\uFEFF' + text))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeCsvBytes(new TextEncoder().encode(text))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeCsvBytes(encodeGbk(text))).toEqual({ text, encoding: 'gbk' });
  });
  it('splits quoted cells with commas, quotes and line breaks, CRLF or LF, and tab-separated pastes', () => {
    expect(parseCsv('a,"b,1","c ""x""",\r\n"多\n行",2\n')).toEqual([
      ['a', 'b,1', 'c "x"', ''],
      ['多\n行', '2'],
    ]);
    expect(parseCsv('姓名\t岗位\n张三\t保安')).toEqual([
      ['姓名', '岗位'],
      ['张三', '保安'],
    ]);
    expect(parseCsv('a,b\n\nc,d\n')).toEqual([['a', 'b'], [''], ['c', 'd']]);
  });
  it('reads the dates people and Excel write, and refuses ones that are not real', () => {
    for (const d of ['2026-03-01', '2026/3/1', '2026.3.1', '2026年3月1日', '20260301', '2026-3-1 0:00', '46082']) expect(readDate(d), d).toBe('2026-03-01');
    for (const d of ['2026-02-30', '2026-13-01', '3/1/2026', '昨天', '1', '']) expect(readDate(d), d).toBeNull();
    expect(addDays('2026-12-20', 30)).toBe('2027-01-19');
  });
});

describe('reading a staff list', () => {
  it('finds the columns in any order and under the names HR uses, and keeps each good row', () => {
    const r = readRoster('员工编号,所属项目,员工姓名,入职时间,职位\nA1,示例花园,张三,2026/1/5,保安\n', ROLE_NAMES);
    expect(r.error).toBeUndefined();
    expect(r.columns).toEqual(['number', 'project', 'name', 'joined', 'role']);
    expect(r.people).toEqual([{ name: '张三', number: 'A1', role: 'security', project: '示例花园', joined: '2026-01-05' }]);
  });
  it('refuses a list without 姓名 or 岗位, saying which column', () => {
    const r = readRoster(new TextDecoder().decode(fixture('roster-missing.csv')), ROLE_NAMES);
    expect(r.error).toBe('第 1 行（表头）缺少「岗位」列：表头要写 姓名、工号、岗位、项目、入职日期（顺序不限）');
    expect(r.people).toEqual([]);
  });
  it('reads a list without 工号 or 入职日期 and says what that means', () => {
    const r = readRoster(new TextDecoder().decode(fixture('roster-no-dates.csv')), { ...ROLE_NAMES, 绿化养护员: 'greening' });
    expect(r.people).toHaveLength(5);
    expect(r.missing).toEqual(['没有「工号」列：成绩只能按姓名对上人', '没有「入职日期」列：不会算逾期']);
  });
  it('gives each bad row a Chinese reason with its Excel line, and keeps the rest', () => {
    const csv = [
      '姓名,工号,岗位,项目,入职日期',
      '张三,A1,保安,示例花园,2026-01-05',
      ',A2,保安,示例花园,',
      '李四,A3,厨师,示例花园,',
      '王五,a1,保洁员,示例花园,',
      '赵六,A4,保洁员,示例花园,2026-02-30',
      '',
      '钱七,A5,,示例花园,',
      '=1+2,A6,保洁员,示例花园,',
    ].join('\n');
    const r = readRoster(csv, ROLE_NAMES);
    expect(r.lines.filter((l) => l.error).map((l) => l.error)).toEqual([
      '第 3 行：没有姓名',
      '第 4 行：岗位「厨师」不是本站的岗位（可以写：客服管家、秩序维护员、保洁员）',
      '第 5 行：工号「a1」和第 2 行重复，这一行没有导入',
      '第 6 行：入职日期「2026-02-30」看不懂（请写成 2026-03-01）',
      '第 8 行：没有岗位',
    ]);
    expect(r.people.map((p) => p.name)).toEqual(['张三', '=1+2']);
    // a formula-looking name is kept as the text it is, with a note
    expect(r.lines.find((l) => l.person?.name === '=1+2')?.note).toContain('按文字保存');
  });
  it('reads the 200-person fixture with a BOM and the GBK one alike', () => {
    const utf = readRoster(decodeCsvBytes(fixture('roster-200.csv')).text, { ...ROLE_NAMES, 绿化养护员: 'greening' });
    expect(utf.people).toHaveLength(200);
    expect(utf.lines.filter((l) => l.error).map((l) => l.error)).toEqual(['第 122 行：工号「WY1010」和第 11 行重复，这一行没有导入']);
    expect(utf.people[7].name).toBe('=HYPERLINK("http://x.example","点我")');
    const gbk = decodeCsvBytes(fixture('roster-gbk.csv'));
    expect(gbk.encoding).toBe('gbk');
    const r = readRoster(gbk.text, { ...ROLE_NAMES, 绿化养护员: 'greening' });
    expect(r.people).toHaveLength(39);
    expect(r.people[0]).toEqual({ name: '王伟', number: 'WY1001', role: 'steward', project: '示例花园', joined: '2026-01-10' });
  });
  it('replaces the list, or merges into it by 工号', () => {
    const cur: Person[] = [
      { name: '张三', number: 'A1', role: 'security', project: 'x' },
      { name: '李四', number: 'A2', role: 'security', project: 'x' },
    ];
    const inc: Person[] = [
      { name: '张三', number: 'a1', role: 'cleaner', project: 'x' },
      { name: '王五', number: 'A3', role: 'security', project: 'x' },
    ];
    expect(applyRoster(cur, inc, 'replace')).toEqual({ people: inc, added: 2, updated: 0 });
    const m = applyRoster(cur, inc, 'merge');
    expect(m).toMatchObject({ added: 1, updated: 1 });
    expect(m.people.map((p) => `${p.name}:${p.role}`)).toEqual(['张三:cleaner', '李四:security', '王五:security']);
  });
});

describe('completion', () => {
  const exams = [
    { id: 'security-onboarding', title: '秩序维护员上岗考核', role: 'security' },
    { id: 'cleaner-onboarding', title: '保洁员上岗考核', role: 'cleaner' },
  ];
  const people: Person[] = [
    { name: '张三', number: 'A1', role: 'security', project: '示例花园', joined: '2026-10-01' },
    { name: '李四', number: 'A2', role: 'security', project: '示例花园', joined: '2026-11-20' },
    { name: '王五', number: 'A3', role: 'cleaner', project: '滨江', joined: '2026-10-01' },
    { name: '赵六', number: 'A4', role: 'cleaner', project: '滨江', joined: '2026-11-20' },
    { name: '同名', number: 'A5', role: 'cleaner', project: '滨江' },
    { name: '同名', number: 'A6', role: 'cleaner', project: '滨江' },
    { name: '=1+2', number: 'A7', role: 'greening', project: '滨江' },
  ];
  let t = 1_795_000_000_000;
  const res = (name: string, number: string, examId: string, passed: boolean, percent = passed ? 90 : 40): ResultLine => ({
    key: `${number}|${t}`,
    name,
    number,
    examId,
    examTitle: examId,
    passed,
    percent,
    submittedAt: (t += 1000),
  });
  const results = [
    res('张三', 'A1', 'security-onboarding', false),
    res('张三', 'a1 ', 'security-onboarding', true, 85), // passed on a second try; 工号 in another case
    res('李四', 'A2', 'security-onboarding', false),
    res('赵六', '写错的工号', 'cleaner-onboarding', true), // by name
    res('同名', 'X', 'cleaner-onboarding', true), // two people of that name: not guessed
    res('路人', 'Z9', 'cleaner-onboarding', true),
    res('张三', 'A1', 'custom-x', true),
  ];
  const c = completion(people, results, exams, '2026-12-01', 30);

  it('matches by 工号, falls back to a unique name (marked), and lists the rest unmatched', () => {
    expect(c.lines[3].cells[0]).toMatchObject({ status: 'passed', byName: true });
    expect(c.lines[0].cells[0].byName).toBe(false);
    expect(c.unmatched.map((r) => r.name)).toEqual(['同名', '路人']);
    expect(c.lines[0].other).toBe(1);
  });
  it('passed wins with the passing score; overdue after N days from 入职日期; failed and missing otherwise', () => {
    expect(c.lines.map((l) => l.cells.map((x) => x.status).join())).toEqual(['passed', 'failed', 'overdue', 'passed', 'missing', 'missing', '']);
    expect(c.lines[0].cells[0]).toMatchObject({ percent: 85, attempts: 2, due: '2026-10-31' });
    // the same list a month later: the failed and the missing are overdue, the passed stay passed
    const later = completion(people, results, exams, '2027-01-01', 30);
    expect(later.lines.map((l) => l.cells.map((x) => x.status).join())).toEqual(['passed', 'overdue', 'overdue', 'passed', 'missing', 'missing', '']);
  });
  it('counts by project and post, and filters', () => {
    expect(c.counts.get('示例花园')?.get('security')).toEqual({ people: 2, passed: 1, failed: 1, missing: 0, overdue: 0 });
    expect(c.counts.get('滨江')?.get('cleaner')).toEqual({ people: 4, passed: 1, failed: 0, missing: 2, overdue: 1 });
    expect(c.total).toEqual({ people: 7, passed: 2, failed: 1, missing: 2, overdue: 1 });
    expect(filterLines(c.lines, { project: '滨江', status: 'missing' }).map((l) => l.person.number)).toEqual(['A5', 'A6']);
    expect(filterLines(c.lines, { role: 'security' })).toHaveLength(2);
  });
  it('a reminder names who still owes which exam, with its link; the CSV says the same and keeps a formula as text', () => {
    const text = reminderText(
      c.lines,
      exams.map((e) => ({ ...e, link: `https://x.example/assess/take/?exam=${e.id}`, count: 30, minutes: 40, pass: 80 })),
      '2026-12-01',
      '全部项目',
    );
    expect(text).toContain('【秩序维护员上岗考核】（30 题，40 分钟，80 分及格）还有 1 人：\n未通过：李四（A2）\n考试链接：https://x.example/assess/take/?exam=security-onboarding');
    expect(text).toContain('【保洁员上岗考核】（30 题，40 分钟，80 分及格）还有 3 人：\n逾期：王五（A3）\n未考：同名（A5）、同名（A6）');
    expect(text).not.toContain('张三');
    const csv = completionCsv(c.lines, { security: '秩序维护员', cleaner: '保洁员', greening: '绿化养护员' }, () => '2026-11-30');
    const rows = csv.slice(1).trim().split('\r\n');
    expect(rows[0]).toBe('项目,姓名,工号,岗位,入职日期,考试,状态,分数,考试日期,截止日期,考了几次,备注');
    expect(rows).toContain('滨江,赵六,A4,保洁员,2026-11-20,保洁员上岗考核,已通过,90,2026-11-30,2026-12-20,1,按姓名匹配');
    expect(rows).toContain("滨江,'=1+2,A7,绿化养护员,,,本岗位没有规定的上岗考核,,,,,");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
  });
});
