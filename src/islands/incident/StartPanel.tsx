/** Before a run: start one now (the report time is now and can be corrected), or go back to one already open. */
import type { Incident } from '../../lib/storage/incidents-schema.ts';
import { OpenList } from './OpenList.tsx';

export function StartPanel({ open, now, onStart }: { open: Incident[]; now: number; onStart: () => void }) {
  return (
    <div class="run-start">
      {open.length > 0 && (
        <section aria-labelledby="run-open-h">
          <h2 id="run-open-h">正在处置的事件</h2>
          <OpenList list={open} now={now} />
        </section>
      )}
      <p>接到报告就点「开始处置」，计时从这一刻算起。</p>
      <div class="run-bar">
        <button type="button" class="button primary big" onClick={onStart}>
          开始处置（接报时间：现在）
        </button>
      </div>
    </div>
  );
}
