import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as run from '../../src/lib/incident/run.ts';
import { saveRun, setItem } from '../../src/lib/checklist.ts';
import type { Checklists } from '../../src/lib/storage/checklists-schema.ts';
import type { Sittings } from '../../src/lib/storage/exams-schema.ts';
import { MAX_CALLS, type Incidents } from '../../src/lib/storage/incidents-schema.ts';
import { checklistsTabs, incidentsTabs, sameData, sittingsTabs, type TabMerge } from '../../src/lib/storage/tab-merge.ts';

/**
 * Two tabs and one storage, as Chromium runs them: a tab writes the whole value computed from what
 * it last heard; the other tab hears each write later, in order, except one older than its own
 * latest write (the browser keeps a tab's pending write over a change made before it, so that
 * tab's view stays what storage will hold). On hearing, a tab merges what it holds into what
 * arrived and writes back when something of its own was missing — what persist.ts does.
 */
function twoTabs<T>(initial: T, fold: TabMerge<T>) {
  const tabs = [structuredClone(initial), structuredClone(initial)];
  const inbox: { seq: number; value: T }[][] = [[], []];
  const ownSeq = [0, 0];
  let storage = structuredClone(initial);
  let seq = 0;
  const write = (from: number, value: T) => {
    storage = value;
    tabs[from] = value;
    ownSeq[from] = ++seq;
    inbox[1 - from].push({ seq, value });
  };
  return {
    edit(tab: number, fn: (v: T) => T) {
      write(tab, fn(tabs[tab]));
    },
    deliver(tab: number) {
      const event = inbox[tab].shift();
      if (event === undefined || event.seq < ownSeq[tab]) return;
      const merged = fold(tabs[tab], event.value);
      if (merged) write(tab, merged);
      else tabs[tab] = event.value;
    },
    settle() {
      for (let guard = 0; guard < 100 && (inbox[0].length || inbox[1].length); guard++) {
        this.deliver(0);
        this.deliver(1);
      }
      return { tabs, storage, pending: inbox[0].length + inbox[1].length };
    },
  };
}

const KEY = 'exam|001';
const openSitting: Sittings = { [KEY]: { name: '张三', number: '001', startedAt: 1, lastSeenAt: 1, answers: {} } };
const answer =
  (q: string, choice: number) =>
  (s: Sittings): Sittings => ({ ...s, [KEY]: { ...s[KEY], answers: { ...s[KEY].answers, [q]: { type: 'single', choice } } } });

describe('one exam answered in two tabs at the same moment', () => {
  it('keeps every answer given in either tab (the two-tab loss kept 1 of 4)', () => {
    const sim = twoTabs(openSitting, sittingsTabs);
    sim.edit(0, answer('q1', 0));
    sim.edit(1, answer('q2', 1));
    sim.edit(0, answer('q3', 2));
    sim.edit(1, answer('q4', 3));
    const end = sim.settle();
    expect(Object.keys(end.storage[KEY].answers).sort()).toEqual(['q1', 'q2', 'q3', 'q4']);
    expect(end.tabs[0]).toEqual(end.storage);
    expect(end.tabs[1]).toEqual(end.storage);
  });

  it('lets a changed answer stand when the other tab had only heard the old one', () => {
    const sim = twoTabs(openSitting, sittingsTabs);
    sim.edit(0, answer('q1', 0));
    sim.settle();
    sim.edit(0, answer('q1', 2));
    expect(sim.settle().storage[KEY].answers.q1).toEqual({ type: 'single', choice: 2 });
  });

  it('a hand-in in one tab is final: answers still arriving from the other do not reopen it', () => {
    const sim = twoTabs(openSitting, sittingsTabs);
    sim.edit(1, answer('q2', 1));
    sim.edit(0, (s) => ({ ...s, [KEY]: { ...s[KEY], submittedAt: 5, code: 'R' } }));
    const end = sim.settle();
    expect(end.storage[KEY].submittedAt).toBe(5);
    expect(end.tabs[1][KEY].submittedAt).toBe(5);
  });

  it('清空 in one tab clears the other instead of being written back', () => {
    const sim = twoTabs(openSitting, sittingsTabs);
    sim.edit(0, answer('q1', 0));
    sim.settle();
    sim.edit(1, () => ({}));
    const end = sim.settle();
    expect(end.storage).toEqual({});
    expect(end.tabs[0]).toEqual({});
  });

  it('property: any interleaving of answers keeps every question answered in either tab, and the tabs settle', () => {
    const op = fc.record({ tab: fc.integer({ min: 0, max: 1 }), q: fc.constantFrom('a', 'b', 'c', 'd', 'e'), choice: fc.integer({ min: 0, max: 3 }), deliver: fc.boolean() });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const sim = twoTabs(openSitting, sittingsTabs);
        const given = new Map<string, Set<number>>();
        for (const o of ops) {
          sim.edit(o.tab, answer(o.q, o.choice));
          given.set(o.q, (given.get(o.q) ?? new Set()).add(o.choice));
          if (o.deliver) sim.deliver(1 - o.tab);
        }
        const end = sim.settle();
        expect(end.pending).toBe(0);
        expect(sameData(end.tabs[0], end.storage) && sameData(end.tabs[1], end.storage)).toBe(true);
        expect(Object.keys(end.storage[KEY].answers).sort()).toEqual([...given.keys()].sort());
        for (const [q, choices] of given) expect(choices.has((end.storage[KEY].answers[q] as { choice: number }).choice)).toBe(true);
      }),
    );
  });
});

const plan: run.RunPlan = {
  id: 'lift-entrapment',
  title: '电梯故障与困人',
  project: '示例小区',
  steps: ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => ({ id, role: '值班员', action: `第 ${id} 步`, critical: false })),
  fields: [],
};
const T0 = Date.UTC(2026, 10, 25, 2);
const runOf = (): Incidents => ({ 'i-1': run.startIncident(plan, T0, 'i-1') });
const on =
  (fn: (i: Incidents['i-1']) => Incidents['i-1']) =>
  (a: Incidents): Incidents => ({ ...a, 'i-1': fn(a['i-1']) });

describe('one incident run ticked in two tabs', () => {
  it('keeps all 7 ticks made alternately in two tabs (the loss kept 6 of 7)', () => {
    const sim = twoTabs(runOf(), incidentsTabs(MAX_CALLS));
    plan.steps.forEach((s, i) =>
      sim.edit(
        i % 2,
        on((inc) => run.stamp(inc, s.id, T0 + i * 1000)),
      ),
    );
    const end = sim.settle();
    expect(plan.steps.filter((s) => end.storage['i-1'].marks[s.id]?.doneAt !== undefined)).toHaveLength(7);
  });

  it('an undo in one tab is not undone by the other tab that had heard the tick', () => {
    const sim = twoTabs(runOf(), incidentsTabs(MAX_CALLS));
    sim.edit(
      1,
      on((inc) => run.stamp(inc, 'a', T0 + 1000)),
    );
    sim.settle();
    sim.edit(
      1,
      on((inc) => run.unstamp(inc, 'a', T0 + 2000)),
    );
    const end = sim.settle();
    expect(end.storage['i-1'].marks.a.doneAt).toBeUndefined();
    expect(end.tabs[0]['i-1'].marks.a.doneAt).toBeUndefined();
  });

  it('keeps calls logged in both tabs and a deletion in either', () => {
    const sim = twoTabs(runOf(), incidentsTabs(MAX_CALLS));
    sim.edit(
      0,
      on((inc) => run.logCall(inc, { contact: 'maint', label: '维保', phone: '1' }, T0 + 1000)),
    );
    sim.edit(
      1,
      on((inc) => run.logCall(inc, { contact: 'fire', label: '119', phone: '119' }, T0 + 2000)),
    );
    expect(sim.settle().storage['i-1'].calls.map((c) => c.contact)).toEqual(['maint', 'fire']);
    sim.edit(0, (a) => ({ ...a, 'i-1': { ...a['i-1'], deletedAt: T0 + 3000, updatedAt: T0 + 3000 } }));
    sim.edit(
      1,
      on((inc) => run.stamp(inc, 'b', T0 + 4000)),
    );
    const end = sim.settle();
    expect(end.storage['i-1'].deletedAt).toBe(T0 + 3000);
  });

  it('property: steps only ever ticked end ticked, every call is kept, and the tabs settle', () => {
    const op = fc.record({ tab: fc.integer({ min: 0, max: 1 }), step: fc.constantFrom(...plan.steps.map((s) => s.id)), call: fc.boolean(), deliver: fc.boolean() });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const sim = twoTabs(runOf(), incidentsTabs(MAX_CALLS));
        const ticked = new Set<string>();
        let t = T0;
        for (const o of ops) {
          t += 1000;
          const now = t;
          if (o.call)
            sim.edit(
              o.tab,
              on((inc) => run.logCall(inc, { contact: o.step, label: o.step, phone: '1' }, now)),
            );
          else
            sim.edit(
              o.tab,
              on((inc) => run.stamp(inc, o.step, now)),
            );
          if (!o.call) ticked.add(o.step);
          if (o.deliver) sim.deliver(1 - o.tab);
        }
        const end = sim.settle();
        expect(end.pending).toBe(0);
        expect(sameData(end.tabs[0], end.storage) && sameData(end.tabs[1], end.storage)).toBe(true);
        for (const s of ticked) expect(end.storage['i-1'].marks[s]?.doneAt).toBeDefined();
        expect(end.storage['i-1'].calls).toHaveLength(ops.filter((o) => o.call).length);
      }),
    );
  });
});

describe('one checklist filled in two tabs', () => {
  const start: Checklists = { patrol: { history: [], current: { period: '2026-12-07', ticks: {} } } };
  const tick =
    (item: string) =>
    (c: Checklists): Checklists => ({ ...c, patrol: setItem(c.patrol, item, { result: 'pass' }) });

  it('keeps the items ticked in either tab', () => {
    const sim = twoTabs(start, checklistsTabs);
    sim.edit(0, tick('a'));
    sim.edit(1, tick('b'));
    expect(Object.keys(sim.settle().storage.patrol.current?.ticks ?? {}).sort()).toEqual(['a', 'b']);
  });

  it('a round saved in one tab is not refilled by the other tab that still showed it', () => {
    const sim = twoTabs(start, checklistsTabs);
    sim.edit(0, tick('a'));
    sim.settle();
    sim.edit(0, (c) => ({ ...c, patrol: saveRun(c.patrol, '李四', new Date(T0)) }));
    const end = sim.settle();
    expect(end.storage.patrol.history).toHaveLength(1);
    expect(end.storage.patrol.current?.ticks).toEqual({});
    expect(end.tabs[1].patrol.current?.ticks).toEqual({});
  });
});
