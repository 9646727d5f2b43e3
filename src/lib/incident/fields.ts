/**
 * The written parts of an incident (note, 原因, 采取的措施, 后续跟进, the plan's record fields) and
 * reopening a finished one: what the record view changes, apart from the live run's taps.
 */
import { MAX, type Incident } from '../storage/incidents-schema.ts';
import { isOpen } from './list.ts';

const touch = (inc: Incident, now: number, change: Partial<Incident>): Incident => ({ ...inc, ...change, updatedAt: now });

export type TextField = 'note' | 'cause' | 'measures' | 'followUp';
export function setText(inc: Incident, field: TextField, value: string, now: number): Incident {
  return touch(inc, now, { [field]: value.slice(0, field === 'note' ? MAX.note : MAX.text) });
}

export function setAnswer(inc: Incident, index: number, value: string, now: number): Incident {
  if (!(index in inc.fields)) return inc;
  const answers = inc.fields.map((_, i) => inc.answers[i] ?? '');
  answers[index] = value.slice(0, MAX.answer);
  return touch(inc, now, { answers });
}

export const reopen = (inc: Incident, now: number): Incident => (isOpen(inc) ? inc : touch(inc, now, { finishedAt: undefined }));
