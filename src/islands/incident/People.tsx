/** People involved (residents, staff, rescuers): who is noted so far, and the editor (loaded when opened). */
import { useState } from 'preact/hooks';
import type { IncidentPerson } from '../../lib/storage/incidents-schema.ts';
import { personText } from '../../lib/incident/text.ts';
import { WithCorrections } from './lazy.tsx';

export function People(props: { people: IncidentPerson[]; onAdd: (p: IncidentPerson) => void; onRemove: (i: number) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <section aria-labelledby="run-people-h">
      <h2 id="run-people-h">有关人员</h2>
      {open ? (
        <WithCorrections>{(t) => <t.PeopleEditor {...props} onClose={() => setOpen(false)} />}</WithCorrections>
      ) : (
        <>
          <p data-people>{props.people.map(personText).join('；') || '（还没有记）'}</p>
          <button type="button" class="button" onClick={() => setOpen(true)}>
            添加或修改…
          </button>
        </>
      )}
    </section>
  );
}
