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
import { Notices } from './Notices.tsx';
import { useStored } from './useStored.ts';

/**
 * `notices`: where no other island on the page shows storage notices, this one does — a damaged
 * record set aside must not look like "nothing open" to the next shift.
 */
export default function OpenIncidents({ heading, emptyText, notices }: { heading: string; emptyText?: string; notices?: boolean }) {
  const all = useStored(incidents.$store, incidents.initial);
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const open = listIncidents(all, true);
  const now = useNow(ready && open.length > 0, 15_000);
  if (!ready) return null;
  return (
    <>
      {notices && <Notices />}
      {(open.length > 0 || emptyText) && (
        <section class="open-incidents" aria-labelledby="open-incidents-h">
          <h2 id="open-incidents-h">{heading}</h2>
          {open.length ? <OpenList list={open} now={now} /> : <p class="muted">{emptyText}</p>}
        </section>
      )}
    </>
  );
}
