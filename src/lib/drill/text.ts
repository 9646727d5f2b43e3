/** How a debrief row reads: the plan's limit and what came of the step, in words staff use. */
import type { DebriefRow } from './score.ts';

/** 「30 分钟内」 for a sourced limit, else the plan's own wording (立即 / 尽快 …), else a dash. */
export function limitText(r: Pick<DebriefRow, 'withinMinutes' | 'when'>): string {
  if (r.withinMinutes !== undefined) return `${r.withinMinutes} 分钟内`;
  return r.when || '—';
}

/** What the time cost: past the limit by N minutes, or put off N minutes by a detour. */
function lateText(r: DebriefRow): string {
  if (r.overBy !== undefined) return `超过时限 ${r.overBy} 分钟`;
  if (r.delay !== undefined) return `耽误了 ${r.delay} 分钟`;
  return '超过时限';
}

export function statusText(r: DebriefRow): string {
  switch (r.status) {
    case 'ok':
      return '按时完成';
    case 'late':
      return lateText(r);
    case 'order':
      return '顺序不对';
    case 'late-order':
      return `顺序不对，且${lateText(r)}`;
    case 'missed':
      return '漏做';
  }
}
