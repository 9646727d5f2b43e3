/** A step's time limit right now: words, colour and an icon together. */
import type { Limit } from '../../lib/incident/limits.ts';
import { elapsedText } from '../../lib/incident/time.ts';
import { Icon, type IconName } from './Icon.tsx';

const LOOK: Record<Limit['state'], IconName> = { running: 'clock', warning: 'warn', overdue: 'over', met: 'check', late: 'over', skipped: 'skip' };

export function limitWords(l: Limit): string {
  switch (l.state) {
    case 'running':
      return `限 ${l.minutes} 分钟：还剩 ${elapsedText(l.left)}`;
    case 'warning':
      return `快到时限：还剩 ${elapsedText(l.left)}`;
    case 'overdue':
      return `已超时 ${elapsedText(-l.left)}`;
    case 'met':
      return `在 ${l.minutes} 分钟时限内完成`;
    case 'late':
      return `超过 ${l.minutes} 分钟时限 ${elapsedText(-l.left)}`;
    case 'skipped':
      return `限 ${l.minutes} 分钟（已跳过）`;
  }
}

export function LimitStatus({ limit, label }: { limit: Limit; label?: string }) {
  return (
    <p class={`limit limit-${limit.state}`} data-limit={limit.state}>
      <Icon name={LOOK[limit.state]} />
      <span>
        {label && <>{label}：</>}
        {limitWords(limit)}
      </span>
    </p>
  );
}
