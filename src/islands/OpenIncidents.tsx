/**
 * Incidents still open on this phone, for the next shift (hand-over checklist) and the 应急 page:
 * each links back into its run. Shows nothing until storage is read, and nothing when none is open
 * unless the page asks for an explicit "none".
 */
import '../styles/incident.css';
import { useEffect, useState } from 'preact/hooks';
import { listIncidents } from '../lib/incident/list.ts';
import { incidents } from '../stores/incidents.ts';
import { OpenList } from './incident/OpenList.tsx';
import { useNow } from './incident/useNow.ts';
import { useStored } from './useStored.ts';

export default function OpenIncidents({ heading, emptyText }: { heading: string; emptyText?: string }) {
  const all = useStored(incidents.$store, incidents.initial);
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const open = listIncidents(all, true);
  const now = useNow(ready && open.length > 0, 15_000);
  if (!ready || (!open.length && !emptyText)) return null;
  return (
    <section class="open-incidents" aria-labelledby="open-incidents-h">
      <h2 id="open-incidents-h">{heading}</h2>
      {open.length ? <OpenList list={open} now={now} /> : <p class="muted">{emptyText}</p>}
    </section>
  );
}
