/**
 * Alerts a person notices with the phone in a pocket: when a step's limit starts warning or runs
 * out, the run vibrates, beeps and posts a system notification where the phone can. Which limits
 * are due is worked out here from the stored report time, so a page that slept through a deadline
 * (screen locked, timers paused) alerts on its first tick after waking, not a paused interval later.
 */
import type { IncidentStep } from '../storage/incidents-schema.ts';
import type { OpenLimit } from './limits.ts';
import { shortAction } from './text.ts';

export type AlertLevel = 'warning' | 'overdue';
export interface DueAlert {
  step: IncidentStep;
  level: AlertLevel;
  /** the line a notification and the screen reader say */
  text: string;
}

/**
 * Limits that reached a level not yet alerted (`heard`: step id → level already alerted). A limit
 * found already overdue alerts once as overdue, not twice; a level alerted is not repeated.
 */
export function dueAlerts(limits: OpenLimit[], heard: Readonly<Record<string, AlertLevel>>): DueAlert[] {
  return limits.flatMap((l) => {
    if (l.state !== 'warning' && l.state !== 'overdue') return [];
    const was = heard[l.step.id];
    if (was === l.state || (was === 'overdue' && l.state === 'warning')) return [];
    return [{ step: l.step, level: l.state, text: `${l.state === 'warning' ? '快到时限' : '已超时'}：${shortAction(l.step.action)}（限 ${l.minutes} 分钟）` }];
  });
}
