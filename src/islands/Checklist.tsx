/**
 * A checklist ticked per period (shift/day/week/month/once), with a note per item, who did it,
 * an optional supervisor sign-off, and the history of earlier periods.
 */
import '../styles/training.css';
import { useEffect, useState } from 'preact/hooks';
import { doneCount, periodLabel, rollover, saveRun, tick, type Cadence } from '../lib/checklist.ts';
import { checklists } from '../stores/checklists.ts';
import { NoteField } from './checklist/NoteField.tsx';
import { Notices } from './Notices.tsx';
import { useStored } from './useStored.ts';

interface Item {
  id: string;
  text: string;
  href?: string;
}
interface Props {
  id: string;
  cadence: Cadence;
  items: Item[];
  signoff: boolean;
}

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

export default function Checklist({ id, cadence, items, signoff }: Props) {
  const all = useStored(checklists.$store, checklists.initial);
  const [by, setBy] = useState('');
  const [boss, setBoss] = useState('');
  const [bossDate, setBossDate] = useState(today);
  const [saved, setSaved] = useState('');

  // Move to the current period on open, and again whenever the page comes back into view.
  useEffect(() => {
    const sync = () => checklists.update((cur) => ({ ...cur, [id]: rollover(cur[id], cadence, new Date()) }));
    sync();
    const onVis = () => document.visibilityState === 'visible' && sync();
    document.addEventListener('visibilitychange', onVis);
    const t = setInterval(sync, 60_000);
    return () => {
      document.removeEventListener('visibilitychange', onVis);
      clearInterval(t);
    };
  }, [id, cadence]);

  const entry = all[id];
  const current = entry?.current;
  const ticks = current?.ticks ?? {};
  const done = doneCount(ticks, items.map((i) => i.id));
  const update = (fn: (e: NonNullable<typeof entry>) => NonNullable<typeof entry>) =>
    checklists.update((cur) => ({ ...cur, [id]: fn(rollover(cur[id], cadence, new Date())) }));

  const save = (e: Event) => {
    e.preventDefault();
    if (!by.trim()) return;
    update((en) => saveRun(en, by, new Date(), signoff && boss.trim() ? { name: boss.trim(), date: bossDate } : undefined));
    setSaved(`已保存：${by.trim()}，完成 ${done}/${items.length} 项。`);
    setBoss('');
  };

  return (
    <div class="checklist">
      <Notices />
      <h2>
        {periodLabel(cadence)}
        {current && cadence !== 'once' && <span class="muted">（{current.period}）</span>}
      </h2>
      <p class="progress-line" aria-live="polite">
        已完成 <strong data-stat="done">{done}</strong> / {items.length} 项
      </p>
      <ul class="check-items">
        {items.map((it) => {
          const t = ticks[it.id];
          return (
            <li key={it.id} class={t?.done ? 'done' : ''}>
              <label class="option">
                <input type="checkbox" checked={!!t?.done} onChange={(e) => update((en) => tick(en, it.id, (e.target as HTMLInputElement).checked))} />
                <span>{it.text}</span>
              </label>
              <div class="item-extra">
                <NoteField label={it.text} stored={t?.note ?? ''} onSave={(note) => update((en) => tick(en, it.id, !!en.current?.ticks[it.id]?.done, note))} />
                {it.href && <a href={it.href}>标准</a>}
              </div>
            </li>
          );
        })}
      </ul>
      <form class="save-run" onSubmit={save}>
        <label class="field">
          <span>执行人</span>
          <input type="text" required value={by} maxLength={50} onInput={(e) => setBy((e.target as HTMLInputElement).value)} />
        </label>
        {signoff && (
          <fieldset class="signoff">
            <legend>主管签字（可事后补签）</legend>
            <label class="field">
              <span>主管姓名</span>
              <input type="text" value={boss} maxLength={50} onInput={(e) => setBoss((e.target as HTMLInputElement).value)} />
            </label>
            <label class="field">
              <span>日期</span>
              <input type="date" value={bossDate} onInput={(e) => setBossDate((e.target as HTMLInputElement).value)} />
            </label>
          </fieldset>
        )}
        <button type="submit" class="button primary">保存本次记录</button>
        <p role="status">{saved}</p>
      </form>
      <section class="history" aria-labelledby={`${id}-history`}>
        <h2 id={`${id}-history`}>历史记录</h2>
        {entry && entry.history.length > 0 ? (
          <div class="table-wrap">
            <table data-history>
              <thead>
                <tr>
                  <th scope="col">周期</th>
                  <th scope="col">执行人</th>
                  <th scope="col">完成</th>
                  <th scope="col">主管签字</th>
                </tr>
              </thead>
              <tbody>
                {[...entry.history].reverse().map((r) => (
                  <tr key={`${r.period}-${r.savedAt}`}>
                    <td>{r.period === 'once' ? new Date(r.savedAt).toLocaleDateString('zh-CN') : r.period}</td>
                    <td>{r.by || '（未保存，自动归档）'}</td>
                    <td>
                      {doneCount(r.ticks, items.map((i) => i.id))} / {items.length}
                    </td>
                    <td>{r.signoff ? `${r.signoff.name} ${r.signoff.date}` : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p class="muted">还没有记录。</p>
        )}
      </section>
    </div>
  );
}
