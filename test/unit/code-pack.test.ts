import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeResult } from '../../src/lib/exam/result-code.ts';
import { packBase64, packCode, unpackBase64, unpackCode } from '../../src/lib/storage/code-pack.ts';

const code = (n: number) =>
  encodeResult({
    v: 1,
    spec: { id: 'steward-onboarding', title: '客服管家上岗考核', banks: ['service'], tags: ['steward'], count: 2, minutes: 10, pass: 80, seed: '1', shuffle: false },
    hash: '0123456789abcdef',
    name: `考生${n}`,
    number: `B${n}`,
    answers: { q1: { type: 'single', choice: n % 3 } },
    startedAt: 1_795_000_000_000 + n,
    submittedAt: 1_795_000_600_000 + n,
  });

describe('result codes packed for storage', () => {
  it('packs any base64url text and reads it back exactly (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), maxLength: 3000 }), (b64) => {
        const s = packBase64(b64);
        expect(unpackBase64(s)).toBe(b64);
        expect(s.length).toBeLessThanOrEqual(Math.ceil(b64.length / 2.5) + 2);
        // nothing JSON escapes, no surrogate halves
        expect(JSON.stringify(s)).toBe(`"${s}"`);
        expect(/[\uD800-\uDFFF]/.test(s)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
  it('turns a code back into the very same code, 2.5 times shorter on the way', () => {
    for (const n of [1, 2, 3, 40, 999]) {
      const c = code(n);
      const p = packCode(c);
      expect(p.startsWith('~')).toBe(true);
      expect(p.length).toBeLessThan(c.length / 2.2);
      expect(unpackCode(p)).toBe(c);
    }
  });
  it('keeps even a damaged code exactly as it came, leaves other text alone, and reads plain codes stored before', () => {
    const c = code(5);
    const broken = c.slice(0, -1) + (c.endsWith('a') ? 'b' : 'a');
    expect(unpackCode(packCode(broken))).toBe(broken);
    expect(packCode('不是结果码')).toBe('不是结果码');
    expect(unpackCode(c)).toBe(c);
    expect(unpackCode('~9abc.x')).toBe('~9abc.x');
  });
});

describe('a set-aside console store', () => {
  it('gives back packed and plain codes alike, as codes', async () => {
    const { restoreConsole } = await import('../../src/lib/storage/console-restore.ts');
    const [a, b] = [code(11), code(12)];
    const r = restoreConsole({ codes: [], graded: {} }, { codes: [packCode(a), b], graded: {} });
    expect(r).toMatchObject({ restored: 2, data: { codes: [a, b] } });
  });
});
