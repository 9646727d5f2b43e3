// Makes N result codes for a preset exam (random answers) so the console benchmark has real input.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { drawQuestions, examHash } from '../src/lib/exam/assemble.ts';
import { encodeResult } from '../src/lib/exam/result-code.ts';
import { mulberry32 } from '../src/lib/random.ts';

/**
 * `who(i)`: the i-th code's candidate; by default everyone is someone new.
 * @param {number} n
 * @param {(i: number) => { name: string, number: string }} [who]
 */
export function makeCodes(n, examFile = 'content/exams/steward-onboarding.yaml', who = (i) => ({ name: `考生${i + 1}`, number: `B${String(i + 1).padStart(4, '0')}` })) {
  const e = parse(readFileSync(examFile, 'utf8'));
  const spec = {
    id: examFile.replace(/^.*\//, '').replace('.yaml', ''),
    title: e.title,
    banks: e.banks,
    tags: e.tags ?? [],
    count: e.count,
    minutes: e.minutes,
    pass: e.pass,
    seed: String(e.seed ?? '1'),
    shuffle: false,
    role: e.role,
  };
  /** @type {import('../src/lib/quiz/types.ts').Question[]} */
  const pool = spec.banks.flatMap((/** @type {string} */ b) => JSON.parse(readFileSync(`dist/exam-data/${b}.json`, 'utf8')));
  const qs = drawQuestions(spec, pool);
  const hash = examHash(spec, qs);
  const rand = mulberry32(7);
  const codes = [];
  for (let i = 0; i < n; i++) {
    const skill = rand();
    /** @type {Record<string, import('../src/lib/quiz/types.ts').Response>} */
    const answers = {};
    for (const q of qs) {
      const right = rand() < skill;
      if (q.type === 'single' || q.type === 'scenario') answers[q.id] = { type: q.type, choice: right ? q.answer : (q.answer + 1) % q.options.length };
      else if (q.type === 'truefalse') answers[q.id] = { type: 'truefalse', value: right ? q.answer : !q.answer };
      else if (q.type === 'multiple') answers[q.id] = { type: 'multiple', choices: right ? q.answer : [0] };
      else if (q.type === 'number') answers[q.id] = { type: 'number', text: String(right ? q.answer : q.answer + 1) };
      else if (q.type === 'order') answers[q.id] = { type: 'order', order: right ? q.items.map((_, k) => k) : q.items.map((_, k) => q.items.length - 1 - k) };
      else if (q.type === 'match') answers[q.id] = { type: 'match', pairs: q.pairs.map((_, k) => (right ? k : (k + 1) % q.pairs.length)) };
    }
    const t0 = 1_795_000_000_000 + i * 60_000;
    codes.push(encodeResult({ v: 1, spec, hash, ...who(i), answers, startedAt: t0, submittedAt: t0 + 1_200_000 }));
  }
  return { codes, spec, pool };
}
