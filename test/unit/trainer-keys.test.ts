/** Which signing keys a console trusts: never taken from pasted results, never lost to a limit. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyLine, keyLines, MAX_TRUSTED_KEYS, restoreKeys, trustKeys, untrustKey, withoutKeyLines } from '../../src/lib/exam/keys.ts';
import { parseTrainer, type TrainerData } from '../../src/lib/storage/console-schema.ts';
import { keyOf, memoryKV, readValue, writeValue } from '../../src/lib/storage/kv.ts';
import { restoreConsole } from '../../src/lib/storage/console-restore.ts';
import { setAsideEntries } from '../../src/lib/storage/set-aside.ts';

const key = (n: number) => `k${String(n).padStart(42, '0')}`;
const own = key(0);
const mine = (): TrainerData => ({ keys: [own], owners: {} });
const T = 1_800_000_000_000;

describe('trusting a colleague\u2019s key', () => {
  it('takes keys only with whose they are, and keeps this console\u2019s own key first', () => {
    expect(trustKeys(mine(), keyLine(key(1)), '  ', T).refused).toMatch(/写明这是谁的/);
    const r = trustKeys(mine(), `工作群里：${keyLine(key(1))}`, '李培训师', T);
    expect(r.added).toBe(1);
    expect(r.data.keys).toEqual([own, key(1)]);
    expect(r.data.owners[key(1)]).toEqual({ name: '李培训师', at: T });
    expect(trustKeys(r.data, keyLine(key(1)), '李培训师', T)).toMatchObject({ added: 0, known: 1 });
    // with no own key yet, a colleague's key must not become this console's own
    expect(trustKeys({ keys: [], owners: {} }, keyLine(key(1)), '李', T)).toMatchObject({ added: 0, refused: expect.stringMatching(/自己的出卷密钥/) });
  });
  it('refuses keys past the limit and says so, instead of dropping any it has', () => {
    let d = mine();
    for (let i = 1; i <= MAX_TRUSTED_KEYS; i++) d = trustKeys(d, keyLine(key(i)), `同事${i}`, T).data;
    const over = trustKeys(d, [key(MAX_TRUSTED_KEYS + 1), key(MAX_TRUSTED_KEYS + 2)].map(keyLine).join('\n'), '再一个', T);
    expect(over.added).toBe(0);
    expect(over.refused).toMatch(/2 个没有导入/);
    expect(over.data.keys).toHaveLength(MAX_TRUSTED_KEYS + 1);
    // what the console keeps always passes its own check: never set aside as damaged
    expect(parseTrainer(over.data).ok).toBe(true);
  });
  it('separates keys from results in pasted text', () => {
    const text = `${keyLine(key(3))}\nWY1.abc.def\n${keyLine(key(3))}`;
    expect(keyLines(text)).toEqual([key(3)]);
    expect(withoutKeyLines(text).trim()).toBe('WY1.abc.def');
  });
  it('whatever is trusted and untrusted, the own key stays first and every key not removed stays', () => {
    const op = fc.oneof(
      fc.record({ k: fc.constant('trust' as const), n: fc.integer({ min: 1, max: 80 }), who: fc.string({ maxLength: 50 }) }),
      fc.record({ k: fc.constant('untrust' as const), n: fc.integer({ min: 0, max: 80 }) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 200 }), (ops) => {
        let d = mine();
        const expected = new Set<string>([own]);
        for (const o of ops) {
          if (o.k === 'trust') {
            const r = trustKeys(d, keyLine(key(o.n)), o.who, T);
            if (r.added) expected.add(key(o.n));
            d = r.data;
          } else {
            d = untrustKey(d, key(o.n));
            if (o.n !== 0) expected.delete(key(o.n));
          }
        }
        expect(d.keys[0]).toBe(own);
        expect(new Set(d.keys)).toEqual(expected);
        expect(parseTrainer(d).ok).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

describe('a key store set aside', () => {
  it('an old store of 21 keys reads as it is: a long list is no longer damage', () => {
    const kv = memoryKV();
    const old = { keys: Array.from({ length: 21 }, (_, i) => key(i)) };
    kv.setItem(keyOf('trainer'), JSON.stringify(old));
    const r = readValue(kv, 'trainer', parseTrainer, () => mine());
    expect(r.notice).toBeUndefined();
    expect(r.value.keys).toEqual(old.keys);
  });
  it('is listed as restorable, and restoring trusts its keys again beside a new own key', () => {
    expect(setAsideEntries(['wuye:quarantine:trainer:123'])).toMatchObject([{ name: 'trainer', restorable: true }]);
    const now = { keys: [key(9)], owners: {} };
    const r = restoreKeys(now, { keys: [own, key(1), 'not-a-key'], owners: { [key(1)]: { name: '李培训师', at: 1 } } }, T);
    expect(r.restored).toBe(2);
    expect(r.data.keys).toEqual([key(9), own, key(1)]);
    expect(r.data.owners[own].name).toBe('本机以前的出卷密钥');
    expect(r.data.owners[key(1)].name).toBe('李培训师');
    expect(writeValue(memoryKV(), 'trainer', r.data)).toBeUndefined();
  });
  it('a set-aside results store comes back without doubling a result', () => {
    const g = { hash: 'h', percent: 90, correct: 9, total: 10, passed: true, by: 'preset' as const, at: 1 };
    const r = restoreConsole({ codes: ['WY1.a'], graded: {} }, { codes: ['WY1.a', 'WY1.b', 7], graded: { 'h|1|2': g, bad: { hash: 1 } } });
    expect(r.restored).toBe(1);
    expect(r.data.codes).toEqual(['WY1.a', 'WY1.b']);
    expect(Object.keys(r.data.graded)).toEqual(['h|1|2']);
  });
});
