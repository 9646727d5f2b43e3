/**
 * The 《紧急事件处理记录表》 a run produces: one row per plan step (time, minutes since the report,
 * against its limit), and the same record as plain text for a chat message or a file.
 */
import type { Incident, IncidentStep, TimeEdit } from '../storage/incidents-schema.ts';
import { editText, limitText, personText, shortAction } from './text.ts';
import { dateTime } from './dates.ts';
import { hhmm, minutesCeil, elapsedText } from './time.ts';

export { editText, limitText, shortAction };

const MINUTE = 60_000;

export type RowStatus = 'ok' | 'late' | 'done' | 'skipped' | 'missed';
export interface RecordRow {
  index: number;
  step: IncidentStep;
  status: RowStatus;
  doneAt?: number;
  /** minutes since the report, counted as started minutes (what a limit is judged by) */
  minutes?: number;
  /** time since the report, exactly: what the record shows (「第 2 分钟」 for 1 min 3 s read wrong) */
  after?: number;
  /** minutes past the step's limit (late only) */
  over?: number;
  /** time past the step's limit, exactly (late only) */
  overBy?: number;
  reason?: string;
  edits: TimeEdit[];
  /** older corrections of this step no longer kept */
  editsDropped?: number;
}

export function recordRows(inc: Incident): RecordRow[] {
  return inc.steps.map((step, i) => {
    const m = inc.marks[step.id];
    const base = { index: i + 1, step, edits: m?.edits ?? [], ...(m?.editsDropped ? { editsDropped: m.editsDropped } : {}) };
    if (m?.doneAt !== undefined) {
      const after = Math.max(0, m.doneAt - inc.reportedAt);
      const minutes = minutesCeil(after);
      if (!step.withinMinutes) return { ...base, status: 'done', doneAt: m.doneAt, minutes, after };
      const past = after - step.withinMinutes * MINUTE;
      return past > 0 ? { ...base, status: 'late', doneAt: m.doneAt, minutes, after, over: Math.ceil(past / MINUTE), overBy: past } : { ...base, status: 'ok', doneAt: m.doneAt, minutes, after };
    }
    if (m?.skipped) return { ...base, status: 'skipped', reason: m.skipped.reason };
    return { ...base, status: 'missed' };
  });
}

export function statusText(r: RecordRow): string {
  if (r.step.condition && r.status === 'skipped') return `不需要：${r.reason}`;
  if (r.step.condition && r.status === 'missed') return '未确认是否需要';
  switch (r.status) {
    case 'ok':
      return '按时';
    case 'late':
      return `超时 ${elapsedText(r.overBy ?? 0)}`;
    case 'done':
      return '已完成';
    case 'skipped':
      return `跳过：${r.reason}`;
    case 'missed':
      return '未记录';
  }
}

/** Whether a step's case (its condition) arose, as the record states it; undefined for a step done every time. */
export function conditionText(r: RecordRow): string | undefined {
  if (!r.step.condition) return undefined;
  const found = r.doneAt !== undefined ? '出现，已处置' : r.status === 'skipped' ? '没有出现' : '未确认';
  return `适用情况「${r.step.condition}」：${found}`;
}

/**
 * What the debrief says about the run as a whole: late, skipped and unrecorded steps counted. A
 * step for one case only, answered 不需要, was not skipped: its case did not arise.
 */
export function debriefSummary(rows: RecordRow[]) {
  const count = (s: RowStatus) => rows.filter((r) => r.status === s && !(s === 'skipped' && r.step.condition)).length;
  const late = count('late');
  const skipped = count('skipped');
  const missed = count('missed');
  // On time: nothing late, and no critical step left undone.
  const good = late === 0 && !rows.some((r) => r.step.critical && ((r.status === 'skipped' && !r.step.condition) || r.status === 'missed'));
  const parts = [late && `${late} 步超过时限`, skipped && `${skipped} 步跳过`, missed && `${missed} 步没有记录`].filter(Boolean);
  return { good, late, skipped, missed, text: parts.length ? parts.join('，') : '每一步都按时记录' };
}

export const durationText = (inc: Incident) => (inc.finishedAt === undefined ? '处置中' : `结束 ${hhmm(inc.finishedAt)}，共 ${minutesCeil(inc.finishedAt - inc.reportedAt)} 分钟`);

/**
 * The record as plain text. `full` (a saved file) keeps each action whole; otherwise (a chat
 * message) each step is its first clause, so the message stays readable on a phone.
 */
export function recordText(inc: Incident, full = false): string {
  const rows = recordRows(inc);
  const lines = [`《紧急事件处理记录表》${inc.title}`, `项目：${inc.project}`, `接报：${dateTime(inc.reportedAt)}；${durationText(inc)}`, '', '处置过程：'];
  for (const r of rows) {
    const what = `${full ? r.step.action : shortAction(r.step.action)}（${r.step.role}）`;
    const limit = r.step.withinMinutes ? `，限 ${r.step.withinMinutes} 分钟` : '';
    if (r.doneAt !== undefined) lines.push(`${r.index}. ${hhmm(r.doneAt)}（接报后 ${elapsedText(r.after ?? 0)}${limit}，${statusText(r)}）${what}`);
    else lines.push(`${r.index}. ${statusText(r)}：${what}`);
    const cond = conditionText(r);
    if (cond) lines.push(`   ${cond}`);
  }
  const section = (title: string, items: string[]) => items.length && lines.push('', `${title}：`, ...items);
  section('电话', [...(inc.callsDropped ? [`更早的 ${inc.callsDropped} 次通话未保留`] : []), ...inc.calls.map((c) => `${hhmm(c.at)} ${c.label} ${c.phone}`)]);
  section('有关人员', inc.people.map(personText));
  section('记录要点', answeredFields(inc));
  for (const [label, text] of writtenParts(inc)) lines.push('', `${label}：${text}`);
  section('时间更正', correctionLines(inc, rows));
  return lines.join('\n');
}

/** The record's questions that were answered, as 「要点：回答」. */
export const answeredFields = (inc: Incident): string[] => inc.fields.flatMap((f, i) => (inc.answers[i]?.trim() ? [`${f}：${inc.answers[i].trim()}`] : []));

/** What is written after the run, in the record's order, with its heading (the printed sheet leaves room for each). */
export const WRITTEN_PARTS = [
  ['原因', 'cause'],
  ['采取的措施', 'measures'],
  ['后续跟进', 'followUp'],
  ['现场记录', 'note'],
] as const satisfies readonly (readonly [string, keyof Incident])[];

/** The written parts that say something, each with its heading. */
export function writtenParts(inc: Incident): [label: string, text: string][] {
  return WRITTEN_PARTS.flatMap(([label, key]): [string, string][] => (inc[key].trim() ? [[label, inc[key].trim()]] : []));
}

/** Every time correction of a run, oldest first, saying where older ones were let go. */
export function correctionLines(inc: Incident, rows: RecordRow[]): string[] {
  const earlier = (n: number | undefined, what: string) => (n ? [`${what}更早的 ${n} 次更正未保留`] : []);
  return [
    ...earlier(inc.reportEditsDropped, '接报时间'),
    ...inc.reportEdits.map((e) => `接报时间 ${editText(e)}`),
    ...rows.flatMap((r) => [
      ...earlier(r.editsDropped, `第 ${r.index} 步`),
      ...r.edits.map((e) => `第 ${r.index} 步 ${editText(e)}`),
      ...(inc.marks[r.step.id]?.clockBehind ? [`第 ${r.index} 步 记下时手机时间早于接报时间，暂按接报时间记，请核对后改正`] : []),
    ]),
  ];
}
