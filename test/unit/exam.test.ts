import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawQuestions, drawRank, examHash, orderFor } from '../../src/lib/exam/assemble.ts';
import { groupSize, itemAnalysis } from '../../src/lib/exam/analysis.ts';
import { toCsv, xapiStatement } from '../../src/lib/exam/export.ts';
import { decodeResult, encodeResult, findCodes, type ResultPayload } from '../../src/lib/exam/result-code.ts';
import { scoreExam } from '../../src/lib/exam/score.ts';
import { answerSheet, keyText, responseText } from '../../src/lib/exam/sheet.ts';
import { certificateSerial, chinaDateText } from '../../src/lib/exam/certificate.ts';
import { needsConfirming, paperProgress } from '../../src/lib/exam/progress.ts';
import type { ExamSpec } from '../../src/lib/exam/spec.ts';
import type { Question, Response } from '../../src/lib/quiz/types.ts';

const base = { explain: '因为', source: 'x#y', difficulty: 1 as const };
const bank: Question[] = Array.from({ length: 12 }, (_, i): Question => ({
  ...base,
  id: `q${String(i).padStart(2, '0')}`,
  prompt: `第${i}题`,
  tags: i % 2 ? ['security'] : ['cleaner'],
  type: 'single',
  options: ['甲', '乙', '丙'],
  answer: i % 3,
}));
const spec: ExamSpec = { id: 'security-onboarding', title: '秩序维护员上岗考核', banks: ['b'], tags: ['security'], count: 4, minutes: 30, pass: 75, seed: '2026-11', shuffle: false };
const questions = drawQuestions(spec, bank);
const right = (q: Question): Response => ({ type: 'single', choice: (q as { answer: number }).answer });
const wrong = (q: Question): Response => ({ type: 'single', choice: ((q as { answer: number }).answer + 1) % 3 });

const payload = (answers: Record<string, Response>, claimedPercent?: number): ResultPayload => ({
  v: 1,
  spec,
  hash: examHash(spec, questions),
  name: '张三',
  number: 'A-007',
  answers,
  startedAt: 1_795_000_000_000,
  submittedAt: 1_795_000_900_000,
  claimedPercent,
});

describe('exam assembly', () => {
  it('draws the same questions for the same exam, only from the tagged pool', () => {
    expect(drawQuestions(spec, bank).map((q) => q.id)).toEqual(questions.map((q) => q.id));
    expect(drawQuestions(spec, [...bank].reverse()).map((q) => q.id)).toEqual(questions.map((q) => q.id));
    expect(questions).toHaveLength(4);
    expect(questions.every((q) => q.tags.includes('security'))).toBe(true);
  });
  it('draws differently for another seed', () => {
    const other = drawQuestions({ ...spec, seed: 'other', count: 6 }, bank).map((q) => q.id);
    expect(other).not.toEqual(drawQuestions({ ...spec, count: 6 }, bank).map((q) => q.id));
  });
  it('shuffles per trainee only when asked, keeping the same set', () => {
    expect(orderFor(spec, questions, 'A-1')).toBe(questions);
    const s = { ...spec, shuffle: true, count: 6 };
    const qs = drawQuestions(s, bank);
    const orders = ['A-1', 'A-2', 'A-3', 'A-4'].map((n) =>
      orderFor(s, qs, n)
        .map((q) => q.id)
        .join(),
    );
    expect(new Set(orders).size).toBeGreaterThan(1);
    for (const n of ['A-1', 'A-2'])
      expect(
        orderFor(s, qs, n)
          .map((q) => q.id)
          .sort(),
      ).toEqual(qs.map((q) => q.id).sort());
  });
  it('changes the exam hash when an answer key changes, not when an explanation does', () => {
    const h = examHash(spec, questions);
    expect(
      examHash(
        spec,
        questions.map((q) => ({ ...q, explain: '改了措辞' })),
      ),
    ).toBe(h);
    const changed = questions.map((q, i) => (i === 0 ? { ...q, answer: ((q as { answer: number }).answer + 1) % 3 } : q)) as Question[];
    expect(examHash(spec, changed)).not.toBe(h);
    expect(h).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('result codes', () => {
  it('a code that unpacks to more than the allowed size is refused, and the codes after it still read right', () => {
    const p = payload(Object.fromEntries(questions.map((q) => [q.id, right(q)])), 100);
    const big = encodeResult({ ...p, name: '张'.repeat(150_000) });
    expect(big.length).toBeLessThan(20_000);
    expect(decodeResult(big)).toEqual({ ok: false, error: '结果码内容过大' });
    // the buffer the big one filled is shared: a small code read next must not carry its leftovers
    expect(decodeResult(encodeResult(p))).toEqual({ ok: true, value: p });
    const other = { ...p, name: '李四' };
    expect(decodeResult(encodeResult(other))).toEqual({ ok: true, value: other });
  });

  it('round-trips a result', () => {
    const p = payload(Object.fromEntries(questions.map((q) => [q.id, right(q)])), 100);
    const code = encodeResult(p);
    expect(code).toMatch(/^WY1\.[A-Za-z0-9_-]+\.[0-9a-z]+$/);
    expect(decodeResult(code)).toEqual({ ok: true, value: p });
    expect(decodeResult(`  ${code.slice(0, 20)}\n${code.slice(20)}  `)).toEqual({ ok: true, value: p });
  });

  it('round-trips any answers, names and times (property)', () => {
    const resp: fc.Arbitrary<Response> = fc.oneof(
      fc.record({ type: fc.constantFrom('single' as const, 'scenario' as const), choice: fc.integer({ min: 0, max: 5 }) }),
      fc.record({ type: fc.constant('multiple' as const), choices: fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 6 }) }),
      fc.record({ type: fc.constant('truefalse' as const), value: fc.boolean() }),
      fc.record({ type: fc.constant('order' as const), order: fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 8 }) }),
      fc.record({ type: fc.constant('number' as const), text: fc.string({ maxLength: 12 }) }),
      fc.record({ type: fc.constant('match' as const), pairs: fc.array(fc.integer({ min: -1, max: 5 }), { maxLength: 6 }) }),
    );
    fc.assert(
      fc.property(
        fc.dictionary(fc.stringMatching(/^[a-z0-9-]{1,20}$/), resp, { maxKeys: 40 }),
        fc.string({ minLength: 1, maxLength: 20 }),
        fc.stringMatching(/^[A-Z0-9-]{1,12}$/),
        fc.nat(),
        (answers, name, number, t) => {
          const p = { ...payload(answers), name, number, startedAt: t, submittedAt: t + 60_000 };
          const d = decodeResult(encodeResult(p));
          expect(d).toEqual({ ok: true, value: p });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('turns any random string into an error, never an exception or a result (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.string().map((s) => `WY1.${s}`),
          fc.string().map((s) => `WY1.${s}.${s}`),
        ),
        (s) => {
          const d = decodeResult(s);
          expect(d.ok).toBe(false);
          if (!d.ok) expect(d.error).toMatch(/[\u4e00-\u9fff]/);
        },
      ),
      { numRuns: 1000 },
    );
    // a thousand decodes: seconds on a busy machine
  }, 30_000);

  it('turns any byte sequence into an error (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 500 }), (bytes) => {
        expect(decodeResult(bytes).ok).toBe(false);
        expect(decodeResult(new TextDecoder().decode(bytes)).ok).toBe(false);
        expect(decodeResult(`WY1.${Buffer.from(bytes).toString('base64url')}.0`).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('rejects truncation and any single-character change with a clear message (property)', () => {
    const code = encodeResult(payload(Object.fromEntries(questions.map((q) => [q.id, right(q)]))));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: code.length - 1 }), fc.integer({ min: 0, max: code.length - 1 }), fc.constantFrom(...'AZaz09_-.x'), (cut, at, ch) => {
        expect(decodeResult(code.slice(0, cut)).ok).toBe(false);
        const edited = code.slice(0, at) + ch + code.slice(at + 1);
        if (edited !== code) expect(decodeResult(edited).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
    expect(decodeResult(code.slice(0, -3))).toEqual({ ok: false, error: '结果码校验不通过：复制不完整或被改动过' });
    expect(decodeResult('hello')).toEqual({ ok: false, error: '不是结果码（应以 WY1. 开头）' });
    expect(decodeResult('WY2.abc.def')).toEqual({ ok: false, error: '结果码版本「WY2」不受支持，请升级本站' });
  });

  it('finds every code in pasted text', () => {
    const a = encodeResult(payload({}));
    const b = encodeResult({ ...payload({}), number: 'B-2' });
    expect(findCodes(`第一个：${a}\n\n  第二个 ${b} 完`)).toEqual([a, b]);
  });
});

describe('re-scoring', () => {
  it('scores the raw answers against the key and ignores the score the phone claimed', () => {
    const answers = Object.fromEntries(questions.map((q, i) => [q.id, i === 0 ? right(q) : wrong(q)]));
    const d = decodeResult(encodeResult(payload(answers, 100)));
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.value.claimedPercent).toBe(100);
    const s = scoreExam(questions, d.value.answers, spec.pass);
    expect(s).toMatchObject({ correct: 1, total: 4, percent: 25, passed: false });
  });
  it('passes at exactly the pass mark', () => {
    const answers = Object.fromEntries(questions.map((q, i) => [q.id, i < 3 ? right(q) : wrong(q)]));
    expect(scoreExam(questions, answers, 75)).toMatchObject({ percent: 75, passed: true });
  });
});

describe('item analysis', () => {
  // Hand-computed: 10 candidates ⇒ groups of round(2.7) = 3.
  // Q1 (answer 甲): right for the top 6 candidates, wrong (乙) for the bottom 4.
  //   p = 6/10 = 0.6; upper 3/3 = 1, lower 0/3 = 0 ⇒ D = 1.
  // Q2 (answer 对): right for candidates 1, 5, 9 (ranked by score), wrong (错) for the rest.
  //   p = 3/10 = 0.3; upper {1,2,3} has 1 right ⇒ 1/3; lower {8,9,10} has 1 right ⇒ 1/3 ⇒ D = 0.
  const q1: Question = { ...base, id: 'q1', prompt: 'Q1', tags: [], type: 'single', options: ['甲', '乙', '丙'], answer: 0 };
  const q2: Question = { ...base, id: 'q2', prompt: 'Q2', tags: [], type: 'truefalse', answer: true };
  const sheets = Array.from({ length: 10 }, (_, i) => ({
    percent: 100 - i * 10,
    answers: {
      q1: { type: 'single', choice: i < 6 ? 0 : 1 } as Response,
      q2: { type: 'truefalse', value: i === 0 || i === 4 || i === 8 } as Response,
    },
  }));
  const [a1, a2] = itemAnalysis([q1, q2], sheets);

  it('computes percent correct and upper/lower 27% discrimination', () => {
    expect(groupSize(10)).toBe(3);
    expect(a1.pCorrect).toBe(0.6);
    expect(a1.discrimination).toBe(1);
    expect(a2.pCorrect).toBe(0.3);
    expect(a2.discrimination).toBeCloseTo(0);
  });
  it('counts how often each option was picked', () => {
    expect(a1.options).toEqual([
      { label: '甲', count: 6, correct: true },
      { label: '乙', count: 4, correct: false },
      { label: '丙', count: 0, correct: false },
    ]);
    expect(a2.options).toEqual([
      { label: '对', count: 3, correct: true },
      { label: '错', count: 7, correct: false },
    ]);
  });
});

describe('exports', () => {
  it('writes CSV with a UTF-8 BOM, CRLF, quoting, and formulas neutralised', () => {
    const csv = toCsv(
      ['姓名', '分数'],
      [
        ['张三', 90],
        ['李"四', 80],
        ['=HYPERLINK("x")', 0],
        ['王,五', 70],
      ],
    );
    expect(csv.startsWith('\uFEFF姓名,分数\r\n')).toBe(true);
    expect(csv).toContain('"李""四",80\r\n');
    expect(csv).toContain(`"'=HYPERLINK(""x"")",0\r\n`);
    expect(csv).toContain('"王,五",70\r\n');
  });
  it('makes an xAPI statement with score, success and duration', () => {
    const s = xapiStatement({ site: 'https://h.example/', examId: 'x', examTitle: '考核', name: '张三', number: 'A1', correct: 9, total: 10, passed: true, startedAt: 0, submittedAt: 125_000 });
    expect(s.verb.id).toBe('http://adlnet.gov/expapi/verbs/passed');
    expect(s.result).toEqual({ score: { raw: 9, min: 0, max: 10, scaled: 0.9 }, success: true, completion: true, duration: 'PT125S' });
    expect(s.object.id).toBe('https://h.example/assess/exam/x');
  });
});

import { acceptCodes, analyse, DRAWN_EARLIER, findCodeCandidates, resultKey, sortRows } from '../../src/lib/exam/console.ts';
import { decodeSpec, encodeSpec } from '../../src/lib/exam/spec.ts';

describe('trainer console', () => {
  const pool = () => bank;
  // the exam is a published preset here, so the console can verify it without a signature
  const trust = { presets: [spec], keys: [] };
  const allRight = Object.fromEntries(questions.map((q) => [q.id, right(q)]));
  const half = Object.fromEntries(questions.map((q, i) => [q.id, i % 2 ? right(q) : wrong(q)]));
  const codeA = encodeResult({ ...payload(allRight), number: 'A1', name: '甲' });
  const codeB = encodeResult({ ...payload(half, 100), number: 'B2', name: '乙' });

  it('accepts codes once, merges duplicates and rejects junk and other versions with reasons', async () => {
    const otherVersion = encodeResult({ ...payload(allRight), hash: '0123456789abcdef' });
    const r = await acceptCodes([codeA, codeB, codeA, 'garbage', otherVersion], pool, trust);
    expect(r.accepted.map((a) => a.payload.number)).toEqual(['A1', 'B2']);
    expect(r.duplicates).toBe(1);
    expect(r.rejected.map((x) => x.error)).toEqual(['不是结果码（应以 WY1. 开头）', expect.stringMatching(/版本不一致/)]);
    expect((await acceptCodes([codeA], pool, trust, new Set(r.accepted.map((a) => resultKey(a.payload))))).duplicates).toBe(1);
  });

  it('refuses a result past what the console can keep, saying why, and keeps every one it has', async () => {
    const r = await acceptCodes([codeA, codeB], pool, trust, new Set(), 0, 1);
    expect(r.accepted.map((a) => a.payload.number)).toEqual(['A1']);
    expect(r.rejected).toEqual([{ code: codeB, error: expect.stringMatching(/已存满 20000 份结果/) }]);
  });

  it('lists a code cut short in a paste next to a whole one, with its reason', async () => {
    const paste = `甲的：${codeA}\n乙的：${codeB.slice(0, 40)}\n丙的：${codeB.slice(0, codeB.lastIndexOf('.'))}`;
    const found = findCodeCandidates(paste);
    expect(found).toHaveLength(3);
    const r = await acceptCodes(found, pool, trust);
    expect(r.accepted).toHaveLength(1);
    expect(r.rejected.map((x) => x.error)).toEqual([expect.stringMatching(/不完整/), expect.stringMatching(/不完整/)]);
  });

  it('re-scores every result and reports the pass rate, ignoring the claimed score', async () => {
    const { accepted } = await acceptCodes([codeA, codeB], pool, trust);
    const graded = Object.fromEntries(accepted.map((a) => [resultKey(a.payload), a.graded]));
    const [g] = analyse(
      accepted.map((a) => a.payload),
      pool,
      graded,
    );
    const b = g.rows.find((r) => r.number === 'B2')!;
    expect(b.claimedPercent).toBe(100);
    expect(b.percent).toBe(50);
    expect(b.passed).toBe(false);
    expect(g.passRate).toBe(0.5);
    expect(g.items).toHaveLength(4);
    expect(sortRows(g.rows, 'percent', -1).map((r) => r.name)).toEqual(['甲', '乙']);
  });

  it('refuses an exam whose settings were edited in the code (pass mark lowered, fewer questions)', async () => {
    const easier = { ...spec, pass: 0 };
    const forged = encodeResult({ ...payload(half), spec: easier, hash: examHash(easier, questions) });
    const r = await acceptCodes([forged], pool, trust);
    expect(r.accepted).toEqual([]);
    expect(r.rejected[0].error).toMatch(/与本站公布的预设考试不一致/);
  });

  it('rejects new results when this site\u2019s answer key changed since the exam', async () => {
    const changed = bank.map((q) => (q.id === questions[0].id ? { ...q, answer: ((q as { answer: number }).answer + 1) % 3 } : q)) as Question[];
    const r = await acceptCodes([codeA], () => changed, trust);
    expect(r.accepted).toEqual([]);
    expect(r.rejected[0].error).toMatch(/不一致/);
  });

  it('keeps results accepted before a bank changed, with the score they were graded with', async () => {
    const { accepted } = await acceptCodes([codeA, codeB], pool, trust);
    const graded = Object.fromEntries(accepted.map((a) => [resultKey(a.payload), a.graded]));
    // an answer key changed: the exam these trainees sat is not the one the site would draw now
    const changed = bank.map((q) => (q.id === questions[0].id && q.type === 'single' ? { ...q, answer: (q.answer + 1) % 3 } : q));
    const [g] = analyse(
      accepted.map((a) => a.payload),
      () => changed,
      graded,
    );
    expect(g.stale).toBe(true);
    expect(g.rows.map((r) => [r.name, r.percent, r.status, r.passed])).toEqual([
      ['甲', 100, 'stale', true],
      ['乙', 50, 'stale', false],
    ]);
  });

  it('scores a result on the questions its trainee was drawn after the bank gains questions, and says so', async () => {
    const last = questions[questions.length - 1];
    // new security questions that rank before the last one drawn, so the draw today differs
    const newer = Array.from({ length: 300 }, (_, i): Question => ({ ...bank[1], id: `n${i}` }))
      .filter((q) => drawRank(spec, q.id) < drawRank(spec, last.id))
      .slice(0, 2);
    expect(newer).toHaveLength(2);
    const grown = [...bank, ...newer];
    expect(drawQuestions(spec, grown).map((q) => q.id)).not.toEqual(questions.map((q) => q.id));
    const all = Object.fromEntries(questions.map((q) => [q.id, right(q)]));
    const sat = encodeResult({ ...payload(all), skipped: [] });
    const r = await acceptCodes([sat], () => grown, trust);
    expect(r.rejected).toEqual([]);
    expect(r.accepted[0].graded).toMatchObject({ percent: 100, passed: true });
    const graded = Object.fromEntries(r.accepted.map((a) => [resultKey(a.payload), a.graded]));
    expect(analyse([r.accepted[0].payload], () => grown, graded)[0].rows[0].notes).toContain(DRAWN_EARLIER);
    // a code without the drawn set (an older phone) cannot be checked that way
    expect((await acceptCodes([codeA], () => grown, trust)).rejected).toHaveLength(1);
  });

  it('refuses a hand-picked set of questions: the ones it passed over rank before it', async () => {
    const big = Array.from({ length: 80 }, (_, i): Question => ({
      ...base,
      id: `s${String(i).padStart(2, '0')}`,
      prompt: `第${i}题`,
      tags: ['security'],
      type: 'single',
      options: ['甲', '乙', '丙'],
      answer: i % 3,
    }));
    const drawn = drawQuestions(spec, big);
    const farDown = drawQuestions({ ...spec, count: 40 }, big).at(-1)!;
    const picked = [...drawn.slice(1), farDown];
    const forged = encodeResult({ ...payload(Object.fromEntries(picked.map((q) => [q.id, right(q)]))), hash: examHash(spec, picked), skipped: [] });
    expect((await acceptCodes([forged], () => big, trust)).rejected[0].error).toMatch(/不一致/);
    // the real draw from the same bank is taken
    const real = encodeResult({ ...payload(Object.fromEntries(drawn.map((q) => [q.id, right(q)]))), hash: examHash(spec, drawn), skipped: [] });
    expect((await acceptCodes([real], () => big, trust)).accepted).toHaveLength(1);
  });

  it('carries exam settings in a link and refuses a damaged one', () => {
    expect(decodeSpec(encodeSpec(spec))).toEqual({ ok: true, spec });
    expect(decodeSpec(encodeSpec(spec).slice(0, 10)).ok).toBe(false);
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(decodeSpec(s).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the trainer’s view of one trainee: answer sheet, certificate, paper progress', () => {
  const mixed: Question[] = [
    { ...base, id: 'm-single', prompt: '单选', tags: [], type: 'single', options: ['甲', '乙', '丙'], answer: 1 },
    { ...base, id: 'm-multi', prompt: '多选', tags: [], type: 'multiple', options: ['甲', '乙', '丙'], answer: [2, 0] },
    { ...base, id: 'm-tf', prompt: '判断', tags: [], type: 'truefalse', answer: false },
    { ...base, id: 'm-order', prompt: '排序', tags: [], type: 'order', items: ['先', '中', '后'] },
    { ...base, id: 'm-num', prompt: '数字', tags: [], type: 'number', answer: 30, unit: '分钟', tolerance: 0 },
    {
      ...base,
      id: 'm-match',
      prompt: '配对',
      tags: [],
      type: 'match',
      pairs: [
        { left: '火', right: '119' },
        { left: '病', right: '120' },
      ],
    },
  ];
  const answers: Record<string, Response> = {
    'm-single': { type: 'single', choice: 1 },
    'm-multi': { type: 'multiple', choices: [0] },
    'm-order': { type: 'order', order: [1, 0, 2] },
    'm-num': { type: 'number', text: '30' },
    'm-match': { type: 'match', pairs: [1, 0] },
  };

  it('sets each answer beside the key in words, with right and wrong, in the order shown', () => {
    const lines = answerSheet(mixed, answers);
    expect(lines.map((l) => [l.n, l.correct])).toEqual([
      [1, true],
      [2, false],
      [3, false],
      [4, false],
      [5, true],
      [6, false],
    ]);
    expect(lines[0]).toMatchObject({ given: ['乙'], key: ['乙'] });
    expect(lines[1]).toMatchObject({ given: ['甲'], key: ['甲', '丙'] });
    expect(lines[2]).toMatchObject({ given: [], key: ['错'] });
    expect(lines[3]).toMatchObject({ given: ['1. 中', '2. 先', '3. 后'], key: ['1. 先', '2. 中', '3. 后'] });
    expect(lines[4]).toMatchObject({ given: ['30分钟'], key: ['30分钟'] });
    expect(lines[5]).toMatchObject({ given: ['火 → 120', '病 → 119'], key: ['火 → 119', '病 → 120'] });
    expect(answerSheet([...mixed].reverse(), answers)[0]).toMatchObject({ id: 'm-match', n: 1 });
  });

  it('reads an answer that does not fit its question as not answered', () => {
    expect(responseText(mixed[0], { type: 'truefalse', value: true })).toEqual([]);
    expect(responseText(mixed[0], { type: 'single', choice: 7 })).toEqual([]);
    expect(responseText(mixed[5], { type: 'match', pairs: [-1, -1] })).toEqual([]);
    expect(keyText(mixed[4])).toEqual(['30分钟']);
    expect(keyText({ ...(mixed[4] as Extract<Question, { type: 'number' }>), tolerance: 2 })).toEqual(['30分钟（允许 ±2）']);
  });

  it('numbers a certificate from its result: the same result, the same number; another result, another', () => {
    const t = Date.parse('2026-12-01T23:30:00+08:00');
    const a = certificateSerial('abcd|S-1|1', t);
    expect(a).toMatch(/^20261201-[0-9A-F]{8}$/);
    expect(certificateSerial('abcd|S-1|1', t)).toBe(a);
    expect(certificateSerial('abcd|S-2|1', t)).not.toBe(a);
    // the date is the day in China, whatever zone the trainer's computer is in
    expect(chinaDateText(Date.parse('2026-12-01T16:30:00Z'))).toBe('2026年12月2日');
  });

  it('counts an untouched ordering question as answered in the counter and names it for the confirmation', () => {
    const initial = (q: Question): Response | undefined => (q.type === 'order' ? { type: 'order', order: [2, 1, 0] } : undefined);
    const answered = (r: Response | undefined) => !!r && (r.type !== 'multiple' || r.choices.length > 0);
    const p = paperProgress(mixed, { 'm-single': answers['m-single'] }, initial, answered);
    expect(p).toEqual({ total: 6, answered: 2, unanswered: [2, 3, 5, 6], ordersAsShown: [4] });
    expect(needsConfirming(p)).toBe(true);
    // everything answered but the ordering question left as shown: still a second look, and the counter says 6 / 6
    const all = { ...answers, 'm-tf': { type: 'truefalse', value: false } as Response };
    delete (all as Record<string, Response | undefined>)['m-order'];
    const q = paperProgress(mixed, all, initial, answered);
    expect(q).toEqual({ total: 6, answered: 6, unanswered: [], ordersAsShown: [4] });
    expect(needsConfirming(q)).toBe(true);
    expect(needsConfirming(paperProgress(mixed, { ...all, 'm-order': answers['m-order'] }, initial, answered))).toBe(false);
  });
});

describe('the console on repeated sittings and certificates', () => {
  const trust = { presets: [spec], keys: [] };
  const all = Object.fromEntries(questions.map((q) => [q.id, right(q)]));
  it('names every sitting of one staff number, in hand-in order, and dates a certificate by when the console took the result', async () => {
    const first = encodeResult({ ...payload(all), submittedAt: 1_795_000_900_000 });
    const again = encodeResult({ ...payload(all), startedAt: 1_795_099_000_000, submittedAt: 1_795_100_000_000 });
    const { accepted } = await acceptCodes([again, first], () => bank, trust, new Set(), 1_795_200_000_000);
    const graded = Object.fromEntries(accepted.map((a) => [resultKey(a.payload), a.graded]));
    const [g] = analyse(
      accepted.map((a) => a.payload),
      () => bank,
      graded,
    );
    const bySubmit = [...g.rows].sort((a, b) => a.submittedAt - b.submittedAt);
    expect(bySubmit.map((r) => r.notes)).toEqual([['同一工号交了 2 次，这是第 1 次'], ['同一工号交了 2 次，这是第 2 次']]);
    expect(g.rows.every((r) => r.acceptedAt === 1_795_200_000_000)).toBe(true);
  });
});

import { parseConsole, type ConsoleData } from '../../src/lib/storage/console-schema.ts';
import { withAccepted } from '../../src/lib/exam/console.ts';

describe('the console\u2019s store of results', () => {
  const trust = { presets: [spec], keys: [] };
  const all = Object.fromEntries(questions.map((q) => [q.id, right(q)]));
  const codeOf = (n: number) => encodeResult({ ...payload(all), number: `N-${n}`, name: `学员${n}` });
  const codes = Array.from({ length: 12 }, (_, n) => codeOf(n));
  it('whatever is imported, in whatever batches, keeps every result it took once and never outgrows its limit', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.array(
            fc.oneof(
              fc.integer({ min: 0, max: 11 }).map((n) => codes[n]),
              fc.constant('WY1.junk'),
            ),
            { maxLength: 6 },
          ),
          { maxLength: 8 },
        ),
        fc.integer({ min: 1, max: 14 }),
        async (batches, limit) => {
          let data: ConsoleData = { codes: [], graded: {} };
          const kept = new Set<string>();
          const known = new Set<string>();
          for (const batch of batches) {
            const r = await acceptCodes(batch, () => bank, trust, known, 0, limit - data.codes.length);
            data = withAccepted(data, r.accepted);
            for (const a of r.accepted) {
              kept.add(a.code);
              known.add(resultKey(a.payload));
            }
            for (const c of kept) expect(data.codes).toContain(c);
            expect(new Set(data.codes).size).toBe(data.codes.length);
            expect(data.codes.length).toBeLessThanOrEqual(limit);
            expect(parseConsole(data).ok).toBe(true);
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
