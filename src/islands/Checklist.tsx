/**
 * An inspection checklist for one period (shift/day/week/month/once): each item 合格 / 不合格 /
 * 不适用 with a note, a follow-up action on every failed item, a sign-off that lists the failures
 * before saving, and the history of earlier runs.
 */
import '../styles/training.css';
import { useEffect, useState } from 'preact/hooks';
import { periodLabel, periodText, rollover, saveRun, setItem, signDate, tally, type Cadence } from '../lib/checklist.ts';
import { RESULT_LABEL } from '../lib/labels.ts';
import { checklists } from '../stores/checklists.ts';
import { CheckItem, type Item } from './checklist/CheckItem.tsx';
import { History } from './checklist/History.tsx';
import { SaveRun } from './checklist/SaveRun.tsx';
import { Notices } from './Notices.tsx';
import { useStored } from './useStored.ts';
import { useLazy } from './useLazy.ts';

// the same checklist open in two tabs keeps the items answered in both
checklists.mergeTabs(() => import('../lib/storage/tab-merge.ts').then((m) => m.checklistsTabs));

interface Props {
  id: string;
  title: string;
  cadence: Cadence;
  items: Item[];
  signoff: boolean;
}

// 带走这份记录 (picture, transfer) loads after the checklist shows: the list is there first
const loadTakeAway = () => import('./checklist/TakeAway.tsx');

export default function Checklist({ id, title, cadence, items, signoff }: Props) {
  const all = useStored(checklists.$store, checklists.initial);
  const [took, setTook] = useState('');
  const takeAway = useLazy(loadTakeAway, true);
  // a checklist handed over from another phone or browser (转到另一部手机): merged in
  useEffect(() => {
    if (!location.hash.startsWith('#take=')) return;
    void import('../lib/transfer.ts').then(
      ({ readTransfer, mergeTakenChecklist }) => {
        const t = readTransfer(location.hash);
        history.replaceState(null, '', location.pathname + location.search);
        const taken = t.ok ? t.checklists?.[id] : undefined;
        if (!taken) return setTook(t.ok ? '转来的不是这张检查表的记录' : t.error);
        checklists.update((cur) => ({ ...cur, [id]: mergeTakenChecklist(cur[id], taken) }));
        setTook(`已收到转来的检查记录：本期 ${Object.keys(taken.current?.ticks ?? {}).length} 项，保存过的 ${taken.history.length} 次。`);
      },
      () => setTook('没能打开转来的记录：请联网后再试。'),
    );
  }, [id]);
  // failed items a save was refused for, marked until they get an action
  const [flag, setFlag] = useState<string[]>([]);

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
  const ids = items.map((i) => i.id);
  const t = tally(ticks, ids);
  const answered = ids.length - t.open;
  const update = (fn: (e: NonNullable<typeof entry>) => NonNullable<typeof entry>) => checklists.update((cur) => ({ ...cur, [id]: fn(rollover(cur[id], cadence, new Date())) }));
  const when = current ? periodText(cadence, current.period) : '';

  return (
    <div class="checklist">
      <Notices />
      {took && (
        <p class="notice" role="status">
          {took}
        </p>
      )}
      <h2>
        {periodLabel(cadence)}
        {when && <span class="period"> · {when}</span>}
      </h2>
      <div class="run-progress" aria-live="polite">
        <p>
          已检查 <strong data-stat="done">{answered}</strong> / {items.length} 项
          <span class="muted">
            {' '}
            · {RESULT_LABEL.pass} {t.pass} · {RESULT_LABEL.fail} {t.fail} · {RESULT_LABEL.na} {t.na}
          </span>
        </p>
        <progress max={items.length} value={answered} aria-label={`已检查 ${answered} / ${items.length} 项`} />
      </div>
      <ol class="check-items">
        {items.map((it, i) => (
          <CheckItem
            key={it.id}
            n={i + 1}
            list={id}
            item={it}
            tick={ticks[it.id]}
            flagged={flag.includes(it.id) && !ticks[it.id]?.action?.trim()}
            set={(patch) => update((en) => setItem(en, it.id, patch))}
          />
        ))}
      </ol>
      <SaveRun
        list={id}
        items={items}
        ticks={ticks}
        signoff={signoff}
        defaultDate={signDate(current?.period ?? '', new Date())}
        onMissing={setFlag}
        onSave={(by, boss) => update((en) => saveRun(en, by, new Date(), boss))}
      />
      <History list={id} cadence={cadence} items={items} runs={entry?.history ?? []} />
      {takeAway.value && <takeAway.value.TakeAway id={id} title={title} cadence={cadence} items={items} entry={entry} />}
    </div>
  );
}
