import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportConsole, mergeKeys, mergeResults, mergeRosters, readConsoleFile } from '../../src/lib/exam/console-move.ts';
import { newSigningKey } from '../../src/lib/exam/signature.ts';
import type { ConsoleData, Graded } from '../../src/lib/storage/console-schema.ts';
import type { Roster } from '../../src/lib/storage/roster-schema.ts';

// A code here is "<result key>~<spelling>": two spellings of one result (a phone re-encoding the
// same hand-in) are one result; "bad…" codes do not decode and are kept as they are.
const keyOf = (code: string) => (code.startsWith('bad') ? null : code.split('~')[0]);
const graded = (at: number, percent: number): Graded => ({ hash: 'h', percent, correct: 1, total: 2, passed: percent >= 50, by: 'signature', at });

const codeArb = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 2 })).map(([k, v]) => `k${k}~${v}`),
  fc.integer({ min: 0, max: 5 }).map((k) => `bad${k}`),
);
const consoleArb: fc.Arbitrary<ConsoleData> = fc
  .tuple(fc.array(codeArb, { maxLength: 40 }), fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 100 })), { maxLength: 20 }))
  .map(([codes, gs]) => ({ codes, graded: Object.fromEntries(gs.map(([k, at, p]) => [`k${k}`, graded(at, p)])) }));
const keysOf = (d: ConsoleData) => d.codes.map((c) => keyOf(c) ?? c);

describe('merging two consoles’ results', () => {
  it('is idempotent, loses no result, counts none twice, and gives the same results in either order (property)', () => {
    fc.assert(
      fc.property(consoleArb, consoleArb, (a, b) => {
        const m = mergeResults(a, b, keyOf).data;
        // idempotent: the same file read again, or either side again, changes nothing
        expect(mergeResults(m, b, keyOf).data).toEqual(m);
        expect(mergeResults(m, a, keyOf).data).toEqual(m);
        expect(mergeResults(m, m, keyOf).data).toEqual(m);
        // nothing lost
        const all = new Set([...keysOf(a), ...keysOf(b)]);
        expect(new Set(keysOf(m))).toEqual(all);
        // nothing counted twice
        expect(keysOf(m).length).toBe(all.size);
        // order of merging does not matter: the same results and the same scores
        const n = mergeResults(b, a, keyOf).data;
        expect(new Set(keysOf(n))).toEqual(all);
        expect(n.graded).toEqual(m.graded);
        for (const k of Object.keys({ ...a.graded, ...b.graded })) expect(m.graded[k]).toBeDefined();
      }),
      { numRuns: 500 },
    );
  });
  it('says how many results were new, and keeps the first acceptance’s score', () => {
    const a: ConsoleData = { codes: ['k1~0', 'k2~0'], graded: { k1: graded(5, 80) } };
    const b: ConsoleData = { codes: ['k2~1', 'k3~0'], graded: { k1: graded(3, 40), k3: graded(9, 90) } };
    const r = mergeResults(a, b, keyOf);
    expect(r.added).toBe(1);
    expect(r.data.codes).toEqual(['k1~0', 'k2~0', 'k3~0']);
    expect(r.data.graded.k1.percent).toBe(40);
  });
  it('past the limit refuses the newcomers and says how many, never drops one already here', () => {
    const a: ConsoleData = { codes: ['k1~0', 'k2~0'], graded: {} };
    const b: ConsoleData = { codes: ['k3~0', 'k4~0'], graded: {} };
    const r = mergeResults(a, b, keyOf, 3);
    expect(r.data.codes).toEqual(['k1~0', 'k2~0', 'k3~0']);
    expect(r).toMatchObject({ added: 1, over: 1 });
  });
});

describe('moving a console', () => {
  const own = newSigningKey();
  const colleague = newSigningKey();
  const roster: Roster = { people: [{ name: '张三', number: 'A1', role: 'security', project: '示例花园', joined: '2026-11-01' }], overdueDays: 14 };
  const state = { trainer: { keys: [own, colleague], owners: { [colleague]: { name: '李培训师', at: 1 } } }, console: { codes: ['WY1.abc.1'], graded: {} }, roster };

  it('reads back what it wrote, and says what a wrong file is', () => {
    const r = readConsoleFile(exportConsole(state, 0));
    expect(r).toEqual({ ok: true, legacy: false, state });
    expect(readConsoleFile('\uFEFF' + exportConsole(state, 0)).ok).toBe(true);
    expect(readConsoleFile('{"app":"wuye-handbook","version":1}')).toMatchObject({ ok: false, error: expect.stringContaining('「我的」') });
    expect(readConsoleFile('{"app":"wuye-console"')).toMatchObject({ ok: false, error: expect.stringContaining('没下载完') });
    expect(readConsoleFile(JSON.stringify({ ...JSON.parse(exportConsole(state)), console: { codes: [1] } }))).toMatchObject({ ok: false, error: expect.stringContaining('考核结果格式不对') });
    expect(readConsoleFile('你好')).toMatchObject({ ok: false });
  });
  it('reads an older 「备份考核台」 text as keys and results', () => {
    const r = readConsoleFile(`WYKEY.${own}\r\nWY1.abc.1\r\nWY1.def.2\r\nWY1.abc.1\r\n`);
    expect(r).toEqual({ ok: true, legacy: true, state: { trainer: { keys: [own], owners: {} }, console: { codes: ['WY1.abc.1', 'WY1.def.2'], graded: {} } } });
  });
  it('a fresh console takes the moved key as its own; one with a key trusts the moved keys, named', () => {
    expect(mergeKeys({ keys: [], owners: {} }, state.trainer, '搬来', 7).data).toEqual(state.trainer);
    const mine = newSigningKey();
    const r = mergeKeys({ keys: [mine], owners: {} }, state.trainer, '从另一台电脑搬来', 7);
    expect(r.data.keys).toEqual([mine, own, colleague]);
    expect(r.data.owners[own]).toEqual({ name: '从另一台电脑搬来', at: 7 });
    expect(r.data.owners[colleague].name).toBe('李培训师');
    expect(mergeKeys(r.data, state.trainer, 'x', 8).added).toBe(0);
  });
  it('merges staff lists by 工号, this console’s entry first', () => {
    const here: Roster = { people: [{ name: '张三（改名）', number: 'A1', role: 'security', project: '示例花园' }], overdueDays: 30 };
    const moved: Roster = { people: [...roster.people, { name: '李四', number: 'A2', role: 'cleaner', project: '示例花园' }], overdueDays: 14 };
    const r = mergeRosters(here, moved);
    expect(r.added).toBe(1);
    expect(r.data.people.map((p) => p.name)).toEqual(['张三（改名）', '李四']);
    expect(r.data.overdueDays).toBe(30);
    expect(mergeRosters({ people: [], overdueDays: 30 }, moved).data.overdueDays).toBe(14);
  });
});
