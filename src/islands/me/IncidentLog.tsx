/**
 * 现场处置记录 on 我的: every incident handled on this phone, open or finished, to open again, go
 * through as a debrief, or delete one by one (after confirming). Exported with the rest of the data.
 */
import '../../styles/incident.css';
import { useState } from 'preact/hooks';
import { isOpen, listIncidents, remove } from '../../lib/incident/list.ts';
import type { Incident } from '../../lib/storage/incidents-schema.ts';
import { dateTime } from '../../lib/incident/dates.ts';
import { incidents } from '../../stores/incidents.ts';
import { runHref } from '../incident/href.ts';
import { useStored } from '../useStored.ts';

export function IncidentLog() {
  const all = useStored(incidents.$store, incidents.initial);
  const [asking, setAsking] = useState('');
  const [message, setMessage] = useState('');
  const list = listIncidents(all);
  const drop = (inc: Incident) => {
    incidents.update((a) => remove(a, inc.id, Date.now()));
    // its photos go with it (the store keeps only what a record shows)
    const ids = (inc.photos ?? []).map((p) => p.id);
    if (ids.length) void import('../photos/photoDb.ts').then((m) => m.deletePhotos(ids));
    setAsking('');
    setMessage(`已删除「${inc.title}」（${dateTime(inc.reportedAt)}）的处置记录。`);
  };
  return (
    <section aria-labelledby="me-incidents">
      <h2 id="me-incidents">现场处置记录</h2>
      <p class="muted">记录里可能有住户的姓名和电话。它们只存在这个浏览器里，只有你分享、保存或导出备份时才会离开这台设备。</p>
      {list.length === 0 && <p class="muted">还没有现场处置记录。</p>}
      <ul class="incident-log" data-incident-log>
        {list.map((inc) => (
          <li key={inc.id} data-incident={inc.id}>
            <span>
              {dateTime(inc.reportedAt)} 「{inc.title}」{isOpen(inc) ? <span class="tag">处置中</span> : <span class="tag">已结束</span>}
            </span>
            <span class="actions">
              <a class="button" href={runHref(inc)}>
                {isOpen(inc) ? '继续处置' : '记录表'}
              </a>
              {!isOpen(inc) && (
                <a class="button" href={`${runHref(inc)}#debrief`}>
                  复盘
                </a>
              )}
              {asking === inc.id ? (
                <span class="confirm" role="alertdialog" aria-label="确认删除">
                  <span>删除后无法恢复，确定删除这条记录吗？</span>
                  <button type="button" class="button danger" onClick={() => drop(inc)}>
                    确定删除
                  </button>
                  <button type="button" class="button" onClick={() => setAsking('')}>
                    取消
                  </button>
                </span>
              ) : (
                <button type="button" class="button danger-outline" onClick={() => setAsking(inc.id)}>
                  删除…
                </button>
              )}
            </span>
          </li>
        ))}
      </ul>
      <p role="status" aria-live="polite">
        {message}
      </p>
    </section>
  );
}
