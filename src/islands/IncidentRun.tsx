/**
 * 现场处置: one emergency plan run live during a real incident. The run is saved on every tap
 * (reloads, closed tabs and a flat battery lose nothing), several can be open at once, and a
 * finished run is the 《紧急事件处理记录表》. Which run is shown is in the address (?run=…).
 */
import '../styles/incident.css';
import { useEffect, useState } from 'preact/hooks';
import * as run from '../lib/incident/run.ts';
import { MAX_CALLS } from '../lib/storage/incidents-schema.ts';
import { incidents } from '../stores/incidents.ts';
import { LiveRun, type Apply } from './incident/LiveRun.tsx';
import { runHref } from './incident/href.ts';
import { useLazy } from './useLazy.ts';
import { StartPanel } from './incident/StartPanel.tsx';
import { useNow } from './incident/useNow.ts';
import { Notices } from './Notices.tsx';
import { useStored } from './useStored.ts';
import { routes } from '../lib/routes.ts';

// the same run open in two tabs (or on a second screen) keeps the taps made in both
incidents.mergeTabs(() => import('../lib/storage/tab-merge.ts').then((m) => m.incidentsTabs(MAX_CALLS)));

interface Props {
  plan: run.RunPlan;
  contacts: run.RunContact[];
  /** phone links in each step's text (by step id), found at build time */
  stepCalls?: Record<string, run.StepCall[]>;
}

const loadRecord = () => import('./incident/RecordView.tsx');

export default function IncidentRun({ plan, contacts, stepCalls = {} }: Props) {
  const all = useStored(incidents.$store, incidents.initial);
  // undefined until the address has been read (the server renders the waiting line)
  const [runId, setRunId] = useState<string | null | undefined>(undefined);
  const [takeError, setTakeError] = useState('');
  useEffect(() => {
    // a run handed over from another phone or browser (转到另一部手机): merged in, then opened
    if (location.hash.startsWith('#take=')) {
      void import('../lib/transfer.ts').then(
        ({ readTransfer, refillRun }) => {
          const t = readTransfer(location.hash);
          history.replaceState(null, '', location.pathname + location.search);
          if (!t.ok || !t.incidents) {
            setTakeError(t.ok ? '转来的不是处置记录' : t.error);
            setRunId(new URLSearchParams(location.search).get('run'));
            return;
          }
          const taken = t.incidents;
          const id = Object.keys(taken)[0];
          incidents.update((a) => {
            const out = { ...a };
            // the newer version of the same run wins, as in a backup merge
            for (const [k, v] of Object.entries(taken)) if (!out[k] || v.updatedAt > out[k].updatedAt) out[k] = refillRun(v, plan);
            return out;
          });
          history.replaceState(null, '', `?run=${encodeURIComponent(id)}`);
          setRunId(id);
        },
        () => setTakeError('没能打开转来的记录：请联网后再试。'),
      );
      return;
    }
    setRunId(new URLSearchParams(location.search).get('run'));
  }, []);
  const inc = runId ? run.liveIncident(all, runId) : undefined;
  const open = run.listIncidents(all, true);
  const now = useNow(runId !== undefined && (inc ? run.isOpen(inc) : open.length > 0));
  // The record view loads when a finished run is opened: the live run never waits for it.
  const record = useLazy(loadRecord, !!inc && !run.isOpen(inc));

  const apply: Apply = (fn) => {
    if (runId) incidents.update((a) => run.change(a, runId, (i) => fn(i, Date.now())));
  };
  const start = () => {
    const t = Date.now();
    const fresh = run.startIncident(plan, t);
    incidents.update((a) => ({ ...a, [fresh.id]: fresh }));
    // the address names the run, so a reload or a reopened tab comes back to it
    history.replaceState(null, '', `?run=${encodeURIComponent(fresh.id)}`);
    setRunId(fresh.id);
  };

  let body;
  if (runId === undefined) body = <p class="muted">正在读取本机记录…</p>;
  else if (!runId) body = <StartPanel open={[...open.filter((i) => i.plan === plan.id), ...open.filter((i) => i.plan !== plan.id)]} now={now} onStart={start} />;
  else if (!inc)
    body = (
      <p class="notice">
        这台手机上没有这条处置记录（可能已删除）。<a href="?">开始新的处置</a>
      </p>
    );
  else if (inc.plan !== plan.id) location.replace(runHref(inc));
  else if (run.isOpen(inc)) {
    body = (
      <>
        {open.length > 1 && (
          <p class="other-runs">
            <a href={routes.emergency.index}>另有 {open.length - 1} 件事件正在处置</a>
          </p>
        )}
        <LiveRun inc={inc} contacts={contacts} stepCalls={stepCalls} now={now} apply={apply} />
      </>
    );
  } else
    body = record.value ? (
      <record.value.RecordView inc={inc} apply={apply} />
    ) : (
      <p class={record.failed ? 'notice' : 'muted'}>{record.failed ? '记录表没能打开：记录已保存，联网后刷新这一页。' : '正在打开记录表…'}</p>
    );

  return (
    <div class="incident-run">
      <Notices />
      {takeError && <p class="notice">{takeError}</p>}
      {body}
    </div>
  );
}
