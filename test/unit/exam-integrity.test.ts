import { describe, expect, it } from 'vitest';
import { drawQuestions, examHash } from '../../src/lib/exam/assemble.ts';
import { clockShift, examClock, openedElapsed, submissionTime } from '../../src/lib/exam/clock.ts';
import { examLink, readExamLink } from '../../src/lib/exam/link.ts';
import { decodeResult } from '../../src/lib/exam/result-code.ts';
import { newSigningKey, signSpec, verifyExam } from '../../src/lib/exam/signature.ts';
import { handIn, handedInAnswers, sittingToShow, type Exam } from '../../src/lib/exam/sitting.ts';
import { encodeSpec, type ExamSpec } from '../../src/lib/exam/spec.ts';
import type { Question } from '../../src/lib/quiz/types.ts';
import type { ExamSitting } from '../../src/lib/storage/exams-schema.ts';

const base = { explain: '因为', source: 'x#y', difficulty: 1 as const, tags: ['security'] };
const bank: Question[] = [
  { ...base, id: 'a', prompt: '甲', type: 'single', options: ['1', '2', '3'], answer: 0 },
  { ...base, id: 'b', prompt: '乙', type: 'truefalse', answer: true },
  { ...base, id: 'c', prompt: '丙', type: 'order', items: ['一', '二', '三'] },
];
const spec: ExamSpec = { id: 'custom-x', title: '测验', banks: ['b'], tags: [], count: 3, minutes: 2, pass: 60, seed: 's', shuffle: false };
const questions = drawQuestions(spec, bank);
const exam: Exam = { spec, questions, hash: examHash(spec, questions) };
const T0 = 1_800_000_000_000;
const sitting = (over: Partial<ExamSitting> = {}): ExamSitting => ({ name: '张三', number: 'A1', startedAt: T0, lastSeenAt: T0, seed: 'abc', answers: {}, ...over });

describe('the exam clock', () => {
  it('counts time used, so a limit runs out after its minutes however long the page was closed', () => {
    expect(examClock(2, 60_000).remaining).toBe(60_000);
    const reopened = openedElapsed({ startedAt: T0, elapsedMs: 30_000, lastSeenAt: T0 + 30_000 }, T0 + 3_600_000);
    expect(reopened).toEqual({ elapsed: 3_600_000, wentBack: false });
    const later = examClock(2, reopened.elapsed);
    expect(later.expired).toBe(true);
    expect(submissionTime(T0, later)).toBe(T0 + 120_000);
  });
  it('gives no time back when the phone clock is set back between visits, and notes it', () => {
    expect(openedElapsed({ startedAt: T0, elapsedMs: 90_000, lastSeenAt: T0 + 90_000 }, T0 - 3_600_000)).toEqual({ elapsed: 90_000, wentBack: true });
  });
  it('reads a sitting saved before time used was kept by its last save', () => {
    expect(openedElapsed({ startedAt: T0, lastSeenAt: T0 + 40_000 }, T0 + 50_000).elapsed).toBe(50_000);
  });
  it('sees the phone clock set forward or back while the page is open, but not a small correction', () => {
    expect(clockShift(T0, T0 + 2 * 3_600_000 + 5_000, 0, 5_000)).toBe(2 * 3_600_000);
    expect(clockShift(T0, T0 - 3_600_000, 0, 10_000)).toBe(-3_610_000);
    expect(clockShift(T0, T0 + 20_000, 0, 10_000)).toBe(0);
  });
});

describe('handing a sitting in', () => {
  it('after the deadline: what was saved, timed at the deadline, not at reopening', () => {
    const s = sitting({ answers: { a: { type: 'single', choice: 0 }, b: { type: 'truefalse', value: true } } });
    const done = handIn(exam, s, s.answers, { elapsed: 5 * 3_600_000, wallNow: T0 + 5 * 3_600_000 });
    expect(done.submittedAt).toBe(T0 + 120_000);
    const d = decodeResult(done.code!);
    expect(d.ok && d.value.submittedAt - d.value.startedAt).toBe(120_000);
    expect(d.ok && Object.keys(d.value.answers).sort()).toEqual(['a', 'b']);
    expect(d.ok && d.value.seed).toBe('abc');
  });
  it('records in the result code that the clock was set back, timed by the time used', () => {
    const done = handIn(exam, sitting({ lastSeenAt: T0 + 60_000 }), {}, { elapsed: 60_000, wallNow: T0 - 86_400_000, wentBack: true });
    const d = decodeResult(done.code!);
    expect(d.ok && d.value.clockWentBack).toBe(true);
    expect(d.ok && d.value.submittedAt).toBe(T0 + 60_000);
  });
  it('a phone clock corrected forward mid-exam is noted, not graded: the sitting is timed by the time used', () => {
    const done = handIn(exam, sitting(), {}, { elapsed: 70_000, wallNow: T0 + 2 * 3_600_000 + 70_000, jumped: true });
    const d = decodeResult(done.code!);
    expect(d.ok && d.value.clockJumped).toBe(true);
    expect(d.ok && d.value.submittedAt - d.value.startedAt).toBe(70_000);
  });
  it('hands an untouched ordering question in as it was shown', () => {
    const answers = handedInAnswers(questions, sitting(), () => ({ type: 'order', order: [2, 0, 1] }));
    expect(answers.c).toEqual({ type: 'order', order: [2, 0, 1] });
    expect(answers.a).toBeUndefined();
  });
});

describe('which sitting a reopened link shows', () => {
  it('an unfinished one first, else the newest finished, else the start form', () => {
    const h = exam.hash;
    expect(sittingToShow({}, h)).toBeNull();
    const done = sitting({ submittedAt: T0 + 1, code: 'x' });
    expect(sittingToShow({ [`${h}:A1`]: done }, h)).toBe(`${h}:A1`);
    expect(sittingToShow({ [`${h}:A1`]: done, [`${h}:B2`]: sitting({ number: 'B2', startedAt: T0 - 5 }) }, h)).toBe(`${h}:B2`);
    expect(sittingToShow({ [`other:A1`]: sitting() }, h)).toBeNull();
  });
});

describe('which exams the console believes', () => {
  const preset: ExamSpec = { ...spec, id: 'security-onboarding', title: '秩序维护员上岗考核', count: 30, pass: 80 };
  it('a published preset exactly as published', async () => {
    expect(await verifyExam(preset, undefined, [preset], [])).toEqual({ ok: true, by: 'preset' });
  });
  it('not a preset whose pass mark or count was edited in the link', async () => {
    const forged = { ...preset, pass: 0 };
    const v = await verifyExam(forged, undefined, [preset], []);
    expect(v.ok).toBe(false);
    expect(!v.ok && v.error).toMatch(/与本站公布的预设考试不一致/);
    expect((await verifyExam({ ...preset, count: 1 }, undefined, [preset], [])).ok).toBe(false);
  });
  it('a custom exam only with this console\u2019s signature, over exactly these settings', async () => {
    const key = newSigningKey();
    const sig = await signSpec(spec, key);
    expect(await verifyExam(spec, sig, [preset], [key])).toEqual({ ok: true, by: 'signature' });
    expect((await verifyExam({ ...spec, pass: 0 }, sig, [preset], [key])).ok).toBe(false);
    const other = await verifyExam(spec, sig, [preset], [newSigningKey()]);
    expect(!other.ok && other.error).toMatch(/签名对不上：这套卷不是这台电脑的考核台出的/);
    // the way out is named: move the console that made it, or trust the colleague's key
    expect(!other.ok && other.error).toMatch(/「搬走考核台」.*「同事的出卷密钥」/);
    expect(!other.ok && other.move).toBe(true);
    const unsigned = await verifyExam(spec, undefined, [preset], [key]);
    expect(!unsigned.ok && unsigned.error).toMatch(/没有出卷签名/);
  });
});

describe('exam links', () => {
  const enc = encodeSpec(spec);
  it('carry the settings in the query and read back', () => {
    const url = new URL(examLink('https://h.example.cn', enc, 'SIG_1'));
    expect(url.hash).toBe('');
    expect(readExamLink(url.search, url.hash)).toEqual({ ok: true, exam: enc, sig: 'SIG_1' });
  });
  it('survive WeChat\u2019s added parameters, the older #fragment form and an encoded # or &', () => {
    expect(readExamLink(`?exam=${enc}&sig=S&from=singlemessage&isappinstalled=0`, '')).toEqual({ ok: true, exam: enc, sig: 'S' });
    expect(readExamLink('?from=timeline', `#exam=${enc}`)).toEqual({ ok: true, exam: enc, sig: undefined });
    expect(readExamLink(`?from=singlemessage%23exam%3D${enc}%26sig%3DS`, '')).toEqual({ ok: true, exam: enc, sig: 'S' });
  });
  it('say what is missing when the exam part was dropped', () => {
    const r = readExamLink('?from=singlemessage&isappinstalled=0', '');
    expect(!r.ok && r.error).toMatch(/没有考试信息/);
  });
});

import { timeNotes } from '../../src/lib/exam/console.ts';
import type { ResultPayload } from '../../src/lib/exam/result-code.ts';

describe('times a phone reported', () => {
  const p = (over: Partial<ResultPayload>): ResultPayload => ({ v: 1, spec, hash: '0'.repeat(16), name: '张三', number: 'A1', answers: {}, startedAt: T0, submittedAt: T0 + 60_000, ...over });
  it('are flagged when they cannot be: before the start, after the console got them, longer than the exam', () => {
    expect(timeNotes(p({}), T0 + 120_000)).toEqual([]);
    expect(timeNotes(p({ submittedAt: T0 - 1 }), T0)).toContain('交卷时间早于开始时间');
    const tenYears = T0 + 10 * 365 * 86_400_000;
    expect(timeNotes(p({ startedAt: tenYears, submittedAt: tenYears + 60_000 }), T0)).toContain('交卷时间晚于收到结果的时间（手机日期不对）');
    expect(timeNotes(p({ submittedAt: T0 + 3_600_000 }), T0 + 4_000_000)).toContain('用时超过考试时长');
  });
  it('name a clock changed during the exam, either way', () => {
    expect(timeNotes(p({ clockWentBack: true, clockJumped: true }), T0 + 120_000)).toEqual(['考试中手机时间被调回', '考试中手机时间被调快']);
  });
});
