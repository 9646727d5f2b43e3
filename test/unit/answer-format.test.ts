/**
 * Issue 23 moved choice-question keys from option positions (`answer: 2`) to a flag on each right
 * option (`correct: true`). answer-keys-v1.json was recorded from every bank just before that
 * migration (scripts/migrate-answers.mjs --snapshot): each choice question's options and key as
 * the site used them. The banks as written now must give the site exactly those, or a trainee's
 * right answer would be marked wrong, and exams already handed out would no longer check.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { flagged, keyOf } from '../../src/lib/quiz/answer-format.ts';
import { quizBankSchema, type Question } from '../../src/schemas/quiz.ts';

type Key = { type: string; options: string[]; answer: number | number[] };
const before = JSON.parse(readFileSync('test/fixtures/migration/answer-keys-v1.json', 'utf8')) as Record<string, Record<string, Key>>;
const banks = readdirSync('content/quizzes')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));
const parsed = new Map(banks.map((b) => [b, quizBankSchema.parse(parse(readFileSync(`content/quizzes/${b}.yaml`, 'utf8')))]));

describe('answer format migration', () => {
  it('recorded every bank, and a key for hundreds of choice questions', () => {
    expect(Object.keys(before).sort()).toEqual([...banks].sort());
    expect(Object.values(before).reduce((n, b) => n + Object.keys(b).length, 0)).toBeGreaterThan(300);
  });

  for (const bank of Object.keys(before))
    it(`${bank}: every choice question keeps its options and key`, () => {
      const now = new Map((parsed.get(bank)?.questions ?? []).map((q: Question) => [q.id, q]));
      const got = Object.fromEntries(
        Object.keys(before[bank]).map((id) => {
          const q = now.get(id);
          return [id, q && 'options' in q ? { type: q.type, options: q.options, answer: q.answer } : q];
        }),
      );
      expect(got).toEqual(before[bank]);
    });

  it('no choice question still gives its key by position', () => {
    for (const b of banks) {
      const raw = parse(readFileSync(`content/quizzes/${b}.yaml`, 'utf8')) as { questions: { id: string; type: string; answer?: unknown }[] };
      const stale = raw.questions.filter((q) => ['single', 'multiple', 'scenario'].includes(q.type) && 'answer' in q).map((q) => q.id);
      expect(stale, b).toEqual([]);
    }
  });

  it('flags and keys convert both ways', () => {
    expect(keyOf(flagged(['甲', '乙', '丙'], 1))).toEqual({ options: ['甲', '乙', '丙'], correct: [1] });
    expect(keyOf(flagged(['甲', '乙', '丙', '丁'], [3, 0]))).toEqual({ options: ['甲', '乙', '丙', '丁'], correct: [0, 3] });
    expect(flagged(['甲', '乙'], 0)).toEqual([{ text: '甲', correct: true }, { text: '乙' }]);
  });
});
