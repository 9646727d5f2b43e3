/** Incidents still being handled on this phone, each a link back into its run. */
import { openLimits } from '../../lib/incident/limits.ts';
import { shortAction } from '../../lib/incident/text.ts';
import type { Incident } from '../../lib/storage/incidents-schema.ts';
import { hhmm, minutesCeil } from '../../lib/incident/time.ts';
import { runHref } from './href.ts';
import { LimitStatus } from './LimitStatus.tsx';

export function OpenList({ list, now }: { list: Incident[]; now: number }) {
  return (
    <ul class="open-runs" data-open-runs>
      {list.map((inc) => {
        const done = inc.steps.filter((s) => inc.marks[s.id]?.doneAt !== undefined).length;
        const urgent = openLimits(inc, now)[0];
        return (
          <li key={inc.id} data-incident={inc.id}>
            <a href={runHref(inc)}>
              <strong>{inc.title}</strong>
              <span>
                接报 {hhmm(inc.reportedAt)} · 已过 {minutesCeil(now - inc.reportedAt)} 分钟 · 已记 {done}/{inc.steps.length} 步
              </span>
            </a>
            {urgent && <LimitStatus limit={urgent} label={shortAction(urgent.step.action, 16)} />}
          </li>
        );
      })}
    </ul>
  );
}
