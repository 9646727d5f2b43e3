import type { Question, Response } from './types.ts';

export interface Score {
  /** the whole answer is right */
  correct: boolean;
  /** 0..1 partial credit, for practice feedback; exams count `correct` only */
  points: number;
}
const WRONG: Score = { correct: false, points: 0 };
const RIGHT: Score = { correct: true, points: 1 };

/**
 * Reads a number the way staff type it: full-width digits, a trailing unit, a comma.
 * "３０分钟" → 30, "1,000元" → 1000, "三十" → NaN (words are not guessed at).
 */
export function parseNumber(text: string): number {
  const s = text.normalize('NFKC').replace(/[,，\s]/g, '');
  const m = /^[-+]?\d+(?:\.\d+)?/.exec(s);
  return m ? Number(m[0]) : Number.NaN;
}

const isPermutation = (a: number[], n: number) => a.length === n && new Set(a).size === n && a.every((x) => Number.isInteger(x) && x >= 0 && x < n);

/** Scores any response against its question; a response of the wrong shape scores zero. */
export function scoreResponse(q: Question, r: Response | undefined): Score {
  if (!r) return WRONG;
  switch (q.type) {
    case 'single':
    case 'scenario':
      return (r.type === 'single' || r.type === 'scenario') && r.choice === q.answer ? RIGHT : WRONG;
    case 'truefalse':
      return r.type === 'truefalse' && r.value === q.answer ? RIGHT : WRONG;
    case 'multiple': {
      if (r.type !== 'multiple') return WRONG;
      const picked = new Set(r.choices.filter((c) => Number.isInteger(c) && c >= 0 && c < q.options.length));
      const want = new Set(q.answer);
      let hits = 0;
      let misses = 0;
      for (const c of picked) {
        if (want.has(c)) hits++;
        else misses++;
      }
      const correct = misses === 0 && hits === want.size;
      // each wrong pick cancels a right one, so ticking everything earns nothing
      return { correct, points: correct ? 1 : Math.max(0, (hits - misses) / want.size) };
    }
    case 'order': {
      if (r.type !== 'order' || !isPermutation(r.order, q.items.length)) return WRONG;
      const inPlace = r.order.filter((item, pos) => item === pos).length;
      return { correct: inPlace === q.items.length, points: inPlace / q.items.length };
    }
    case 'number': {
      if (r.type !== 'number') return WRONG;
      const n = parseNumber(r.text);
      // the epsilon keeps 1.75 within 1.7 ± 0.05 despite binary floating point
      return Number.isFinite(n) && Math.abs(n - q.answer) <= q.tolerance + 1e-9 ? RIGHT : WRONG;
    }
    case 'match': {
      if (r.type !== 'match' || r.pairs.length !== q.pairs.length) return WRONG;
      const right = r.pairs.filter((p, i) => p === i).length;
      return { correct: right === q.pairs.length, points: right / q.pairs.length };
    }
  }
}

/** The standard answer in words, for feedback and the wrong-answer book. */
export function answerText(q: Question): string {
  switch (q.type) {
    case 'single':
    case 'scenario':
      return q.options[q.answer];
    case 'multiple':
      return q.answer.map((i) => q.options[i]).join('；');
    case 'truefalse':
      return q.answer ? '对' : '错';
    case 'order':
      return q.items.map((t, i) => `${i + 1}. ${t}`).join('  ');
    case 'number':
      return `${q.answer} ${q.unit}`;
    case 'match':
      return q.pairs.map((p) => `${p.left} → ${p.right}`).join('；');
  }
}

/**
 * How one choice reads once a practice answer is in, marked where it stands: hit (picked and
 * right), key (right, not picked), miss (picked and wrong), null for the rest. `choice` is the
 * option's file index, or true / false for 对 / 错. Short names: they ship in the quiz's script.
 */
export type ChoiceMark = 'hit' | 'key' | 'miss' | null;
export type ChoiceQuestion = Extract<Question, { type: 'single' | 'scenario' | 'multiple' | 'truefalse' }>;

export function choiceMark(q: ChoiceQuestion, r: Response | undefined, choice: number | boolean): ChoiceMark {
  const right = q.type === 'multiple' ? q.answer.includes(choice as number) : q.answer === choice;
  const picked = r?.type === 'multiple' ? r.choices.includes(choice as number) : r?.type === 'truefalse' ? r.value === choice : !!r && 'choice' in r && r.choice === choice;
  return right ? (picked ? 'hit' : 'key') : picked ? 'miss' : null;
}
