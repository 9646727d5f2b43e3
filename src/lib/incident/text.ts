/** Short wordings shared by the live run and the record: a step's limit, its first clause, a time edit. */
import type { IncidentPerson, IncidentStep, TimeEdit } from '../storage/incidents-schema.ts';
import { hhmm } from './time.ts';

export const limitText = (s: IncidentStep) => (s.withinMinutes ? `${s.withinMinutes} 分钟内` : (s.when ?? ''));

/** The first clause of an action, for a line in a chat message. */
export function shortAction(action: string, max = 28): string {
  const first = action.split(/[，,：:；;（(。]/)[0].trim() || action;
  return first.length > max ? `${first.slice(0, max - 1)}…` : first;
}

/** A time edit as the record shows it: 10:27→10:25（10:30 改） */
export const editText = (e: TimeEdit) => `${e.from === null ? '无' : hhmm(e.from)}→${e.to === null ? '撤销' : hhmm(e.to)}（${hhmm(e.at)} 改）`;

/** 张三（被困人员） 13800000000 */
export const personText = (p: IncidentPerson) => `${p.name}${p.role && `（${p.role}）`} ${p.phone}`.trim();
