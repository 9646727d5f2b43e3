import { describe, expect, it } from 'vitest';
import { drawQuestions, examHash } from '../../src/lib/exam/assemble.ts';
import { examClock, submissionTime } from '../../src/lib/exam/clock.ts';
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
  it('runs out at start + minutes, however long the page was closed', () => {
    expect(examClock(T0, 2, T0 + 60_000).remaining).toBe(60_000);
    const later = examClock(T0, 2, T0 + 3_600_000);
    expect(later.expired).toBe(true);
    expect(submissionTime(later)).toBe(T0 + 120_000);
  });
  it('does not give time back when the phone clock is set back', () => {
    const c = examClock(T0, 2, T0 - 3_600_000, T0 + 90_000);
    expect(c.wentBack).toBe(true);
    expect(c.remaining).toBe(30_000);
  });
  it('ignores a small correction of the clock', () => {
    expect(examClock(T0, 2, T0 + 10_000, T0 + 20_000).wentBack).toBe(false);
  });
});

describe('handing a sitting in', () => {
  it('after the deadline: what was saved, timed at the deadline, not at reopening', () => {
    const s = sitting({ answers: { a: { type: 'single', choice: 0 }, b: { type: 'truefalse', value: true } } });
    const done = handIn(exam, s, s.answers, T0 + 5 * 3_600_000);
    expect(done.submittedAt).toBe(T0 + 120_000);
    const d = decodeResult(done.code!);
    expect(d.ok && d.value.submittedAt - d.value.startedAt).toBe(120_000);
    expect(d.ok && Object.keys(d.value.answers).sort()).toEqual(['a', 'b']);
    expect(d.ok && d.value.seed).toBe('abc');
  });
  it('records in the result code that the clock was set back', () => {
    const done = handIn(exam, sitting({ lastSeenAt: T0 + 60_000 }), {}, T0 - 86_400_000);
    const d = decodeResult(done.code!);
    expect(d.ok && d.value.clockWentBack).toBe(true);
    expect(d.ok && d.value.submittedAt).toBe(T0 + 60_000);
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
    expect(!other.ok && other.error).toMatch(/不是这个考核台出的卷/);
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
