import { describe, expect, it } from 'vitest';
import { answerText, choiceMark, parseNumber, scoreResponse, type ChoiceQuestion } from '../../src/lib/quiz/score.ts';
import type { Question } from '../../src/lib/quiz/types.ts';

const base = { prompt: '题', explain: '因为', source: 'x#y', tags: [], difficulty: 1 as const };
const single: Question = { ...base, id: 's', type: 'single', options: ['5分钟', '1小时', '3小时'], answer: 0 };
const scenario: Question = { ...base, id: 'sc', type: 'scenario', situation: '业主说：…', options: ['A', 'B', 'C'], answer: 2 };
const multi: Question = { ...base, id: 'm', type: 'multiple', options: ['漏水', '停电', '咨询', '设施改造'], answer: [0, 1] };
const tf: Question = { ...base, id: 't', type: 'truefalse', answer: false };
const order: Question = { ...base, id: 'o', type: 'order', items: ['接收', '分类', '派单', '处理'] };
const num: Question = { ...base, id: 'n', type: 'number', answer: 30, unit: '分钟', tolerance: 0 };
const numTol: Question = { ...base, id: 'n2', type: 'number', answer: 1.7, unit: '米', tolerance: 0.05 };
const match: Question = {
  ...base,
  id: 'ma',
  type: 'match',
  pairs: [
    { left: '轻微', right: '24小时' },
    { left: '一般', right: '48小时' },
    { left: '严重', right: '72小时' },
  ],
};

describe('single choice and scenario', () => {
  it('scores the right option and only that', () => {
    expect(scoreResponse(single, { type: 'single', choice: 0 })).toEqual({ correct: true, points: 1 });
    expect(scoreResponse(single, { type: 'single', choice: 2 })).toEqual({ correct: false, points: 0 });
    expect(scoreResponse(scenario, { type: 'scenario', choice: 2 }).correct).toBe(true);
  });
  it('treats no answer or an answer of the wrong kind as wrong', () => {
    expect(scoreResponse(single, undefined).correct).toBe(false);
    expect(scoreResponse(single, { type: 'truefalse', value: true }).correct).toBe(false);
    expect(scoreResponse(single, { type: 'single', choice: -1 }).correct).toBe(false);
  });
});

describe('multiple choice', () => {
  it('is correct only for exactly the right set, in any order', () => {
    expect(scoreResponse(multi, { type: 'multiple', choices: [1, 0] })).toEqual({ correct: true, points: 1 });
  });
  it('gives half credit for half the right options', () => {
    expect(scoreResponse(multi, { type: 'multiple', choices: [0] })).toEqual({ correct: false, points: 0.5 });
  });
  it('lets a wrong tick cancel a right one, so ticking everything earns nothing', () => {
    expect(scoreResponse(multi, { type: 'multiple', choices: [0, 1, 2, 3] })).toEqual({ correct: false, points: 0 });
    expect(scoreResponse(multi, { type: 'multiple', choices: [0, 2] }).points).toBe(0);
  });
  it('ignores out-of-range and duplicate indices', () => {
    expect(scoreResponse(multi, { type: 'multiple', choices: [0, 0, 1, 9] }).correct).toBe(true);
    expect(scoreResponse(multi, { type: 'multiple', choices: [] })).toEqual({ correct: false, points: 0 });
  });
});

describe('true/false', () => {
  it('compares the boolean', () => {
    expect(scoreResponse(tf, { type: 'truefalse', value: false }).correct).toBe(true);
    expect(scoreResponse(tf, { type: 'truefalse', value: true }).correct).toBe(false);
  });
});

describe('ordering', () => {
  it('is correct for the plan order and gives credit per item in place', () => {
    expect(scoreResponse(order, { type: 'order', order: [0, 1, 2, 3] })).toEqual({ correct: true, points: 1 });
    expect(scoreResponse(order, { type: 'order', order: [1, 0, 2, 3] })).toEqual({ correct: false, points: 0.5 });
    expect(scoreResponse(order, { type: 'order', order: [3, 2, 1, 0] })).toEqual({ correct: false, points: 0 });
  });
  it('rejects something that is not a permutation of the items', () => {
    expect(scoreResponse(order, { type: 'order', order: [0, 0, 2, 3] }).points).toBe(0);
    expect(scoreResponse(order, { type: 'order', order: [0, 1, 2] }).points).toBe(0);
  });
});

describe('numeric fill-in', () => {
  it('reads digits the way staff type them', () => {
    expect(parseNumber('30')).toBe(30);
    expect(parseNumber('３０分钟')).toBe(30);
    expect(parseNumber(' 1,000 元')).toBe(1000);
    expect(parseNumber('1.5')).toBe(1.5);
    expect(parseNumber('三十')).toBeNaN();
    expect(parseNumber('')).toBeNaN();
  });
  it('accepts the answer with or without the unit and rejects anything else', () => {
    expect(scoreResponse(num, { type: 'number', text: '30分钟' }).correct).toBe(true);
    expect(scoreResponse(num, { type: 'number', text: '31' }).correct).toBe(false);
    expect(scoreResponse(num, { type: 'number', text: '半小时' }).correct).toBe(false);
  });
  it('honours the tolerance at its edge', () => {
    expect(scoreResponse(numTol, { type: 'number', text: '1.75' }).correct).toBe(true);
    expect(scoreResponse(numTol, { type: 'number', text: '1.8' }).correct).toBe(false);
  });
});

describe('matching', () => {
  it('scores each pair and is correct only when all pairs are', () => {
    expect(scoreResponse(match, { type: 'match', pairs: [0, 1, 2] })).toEqual({ correct: true, points: 1 });
    expect(scoreResponse(match, { type: 'match', pairs: [0, 2, 1] }).points).toBeCloseTo(1 / 3);
    expect(scoreResponse(match, { type: 'match', pairs: [0, 1] }).points).toBe(0);
  });
});

describe('answerText', () => {
  it('spells out the standard answer for feedback', () => {
    expect(answerText(single)).toBe('5分钟');
    expect(answerText(multi)).toBe('漏水；停电');
    expect(answerText(tf)).toBe('错');
    expect(answerText(num)).toBe('30 分钟');
    expect(answerText(order)).toContain('1. 接收');
    expect(answerText(match)).toContain('轻微 → 24小时');
  });
});

import { optionOrder } from '../../src/lib/quiz/options.ts';
import fc from 'fast-check';

describe('optionOrder (options shuffled per attempt)', () => {
  const q: Question = { ...base, id: 'q1', type: 'single', options: ['甲', '乙', '丙', '丁', '以上都对'], answer: 1 };
  it('is a permutation of the options, the same for the same seed, with 「以上…」 kept last', () => {
    fc.assert(
      fc.property(fc.string(), (seed) => {
        const o = optionOrder(q, seed);
        expect([...o].sort()).toEqual([0, 1, 2, 3, 4]);
        expect(o[4]).toBe(4);
        expect(optionOrder(q, seed)).toEqual(o);
      }),
    );
  });
  it('moves the key around: across seeds it lands in every position', () => {
    const positions = new Set(Array.from({ length: 60 }, (_, i) => optionOrder(q, `seed-${i}`).indexOf(1)));
    expect(positions).toEqual(new Set([0, 1, 2, 3]));
  });
  it('leaves questions without options alone', () => {
    expect(optionOrder(tf, 'x')).toEqual([]);
  });
});

import { passMarkFor, runVerdict } from '../../src/lib/quiz/progress.ts';

describe('pass mark and verdict of a practice run', () => {
  it('takes the pass mark from the role paths that include the bank, the strictest one, 80 when none sets it', () => {
    const steward = [
      { kind: 'quiz', ref: 'service', pass: 70 },
      { kind: 'drill', ref: 'gas-smell', pass: 95 },
    ];
    const frontDesk = [{ kind: 'quiz', ref: 'service', pass: 85 }];
    expect(passMarkFor([steward, frontDesk], 'service')).toBe(85);
    expect(passMarkFor([steward], 'service')).toBe(70);
    expect(passMarkFor([[{ kind: 'quiz', ref: 'service' }]], 'service')).toBe(80);
    expect(passMarkFor([steward, frontDesk], 'cleaning')).toBe(80);
  });
  it('passes at the mark and not below it', () => {
    expect(runVerdict(8, 10, 80)).toEqual({ percent: 80, passed: true });
    expect(runVerdict(7, 10, 80)).toEqual({ percent: 70, passed: false });
    expect(runVerdict(0, 0, 0)).toEqual({ percent: 0, passed: false });
    expect(runVerdict(1, 1, 80)).toEqual({ percent: 100, passed: true });
  });
});

describe('choiceMark: each choice marked in place after a practice answer', () => {
  it('marks the picked option and the right one of a single choice', () => {
    const r = { type: 'single', choice: 2 } as const;
    expect([0, 1, 2].map((i) => choiceMark(single as ChoiceQuestion, r, i))).toEqual(['key', null, 'miss']);
    expect([0, 1, 2].map((i) => choiceMark(single as ChoiceQuestion, { type: 'single', choice: 0 }, i))).toEqual(['hit', null, null]);
    expect(choiceMark(scenario as ChoiceQuestion, { type: 'scenario', choice: 2 }, 2)).toBe('hit');
  });
  it('marks every right option of a multiple choice, picked or missed, and each wrong pick', () => {
    expect([0, 1, 2, 3].map((i) => choiceMark(multi as ChoiceQuestion, { type: 'multiple', choices: [0, 2] }, i))).toEqual(['hit', 'key', 'miss', null]);
  });
  it('marks 对 and 错', () => {
    expect([true, false].map((v) => choiceMark(tf as ChoiceQuestion, { type: 'truefalse', value: true }, v))).toEqual(['miss', 'key']);
  });
  it('shows the right answer even with no response', () => {
    expect(choiceMark(single as ChoiceQuestion, undefined, 0)).toBe('key');
  });
});
