/**
 * Answer cues: what a trainee who does not read the question can still get right. A bank whose
 * true/false items are mostly 错, whose keys are the longest option, or whose multiple-choice keys
 * tick nearly everything can be half-passed blind. The figures feed the content rules; the
 * strategies play exams the way such a trainee would, so a test can hold every preset exam to it.
 */
import { scoreResponse } from './score.ts';
import type { Question, Response } from './types.ts';

/** Options as long as a reader sees them: width, spaces and punctuation ignored. */
export const visibleLength = (s: string) => s.normalize('NFKC').replace(/[\p{P}\p{S}\s]/gu, '').length;

/** The key is longer than every other option: the cue a blind guesser follows. */
export function keyStrictlyLongest(options: readonly string[], key: number): boolean {
  const lengths = options.map(visibleLength);
  return lengths.every((l, i) => i === key || l < lengths[key]);
}

/** The fields the figures read: both the content schema's questions and the browser's fit. */
export type CueQuestion =
  | { id: string; type: 'truefalse'; answer: boolean }
  | { id: string; type: 'single' | 'scenario'; options: string[]; answer: number }
  | { id: string; type: 'multiple'; options: string[]; answer: number[] }
  | { id: string; type: 'order' | 'number' | 'match' };

export interface CueFigures {
  trueFalse: { total: number; falseKeyed: number };
  /** single-choice and scenario questions whose key is the strictly longest option */
  longest: { total: number; ids: string[] };
  /** multiple-choice keys that tick more than half the options, and ones that tick all but one */
  multiple: { total: number; overHalf: string[]; allButOne: string[] };
}

export function cueFigures(questions: readonly CueQuestion[]): CueFigures {
  const out: CueFigures = { trueFalse: { total: 0, falseKeyed: 0 }, longest: { total: 0, ids: [] }, multiple: { total: 0, overHalf: [], allButOne: [] } };
  for (const q of questions) {
    if (q.type === 'truefalse') {
      out.trueFalse.total++;
      if (!q.answer) out.trueFalse.falseKeyed++;
    } else if (q.type === 'single' || q.type === 'scenario') {
      out.longest.total++;
      if (keyStrictlyLongest(q.options, q.answer)) out.longest.ids.push(q.id);
    } else if (q.type === 'multiple') {
      out.multiple.total++;
      if (q.answer.length > q.options.length / 2) out.multiple.overHalf.push(q.id);
      if (q.answer.length === q.options.length - 1) out.multiple.allButOne.push(q.id);
    }
  }
  return out;
}

/** Limits the content rules hold every bank and every exam pool to. */
export const CUE_LIMITS = {
  /** true/false keyed 错: between these shares, judged from this many items on */
  falseShare: [0.4, 0.6] as const,
  minTrueFalse: 6,
  /** key strictly longest in at most this share of single + scenario items, judged from this many */
  longestShare: 0.35,
  minChoice: 6,
  /** multiple-choice keys ticking more than half the options: at most this share, from this many */
  overHalfShare: 0.5,
  minMultiple: 4,
};

/** Why these figures break a limit, one Chinese sentence each; empty when they keep them all. */
export function cueProblems(f: CueFigures): string[] {
  const out: string[] = [];
  const pct = (n: number, d: number) => `${Math.round((100 * n) / d)}%`;
  const L = CUE_LIMITS;
  const tf = f.trueFalse;
  if (tf.total >= L.minTrueFalse) {
    const share = tf.falseKeyed / tf.total;
    if (share < L.falseShare[0] || share > L.falseShare[1])
      out.push(
        `判断题答案为「错」的占 ${pct(tf.falseKeyed, tf.total)}（${tf.falseKeyed}/${tf.total}），要在 40%–60% 之间：把一些陈述改写成真实正确的说法（不是只删一个「不」字），或补写新的陈述，让只答「错」或只答「对」都及格不了`,
      );
  }
  const lo = f.longest;
  if (lo.total >= L.minChoice && lo.ids.length / lo.total > L.longestShare)
    out.push(
      `单选和情景题里标准答案是最长选项的占 ${pct(lo.ids.length, lo.total)}（${lo.ids.length}/${lo.total}），超过 35%：把干扰项写得和答案一样具体（员工真会犯的错），把答案里解释性的话挪到解析里。例如 ${lo.ids.slice(0, 6).join('、')}`,
    );
  const mu = f.multiple;
  if (mu.total >= L.minMultiple && mu.overHalf.length / mu.total > L.overHalfShare)
    out.push(
      `多选题里答案勾选超过一半选项的占 ${pct(mu.overHalf.length, mu.total)}（${mu.overHalf.length}/${mu.total}），超过 50%：让对的选项数有多有少（如 5 选 2），多写似是而非的错误选项。例如 ${mu.overHalf.slice(0, 6).join('、')}`,
    );
  return out;
}

/**
 * Ways to answer without reading. Each sees the question and the option order the trainee is
 * shown (file indices, first shown first) and answers what its cue suggests, or nothing.
 */
export interface CueStrategy {
  id: string;
  label: string;
  answer: (q: Question, shown: number[]) => Response | undefined;
}

const longestShown = (options: string[], shown: number[]) => shown.reduce((best, i) => (visibleLength(options[i]) > visibleLength(options[best]) ? i : best), shown[0]);
const shortestShown = (options: string[], shown: number[]) => shown.reduce((best, i) => (visibleLength(options[i]) < visibleLength(options[best]) ? i : best), shown[0]);
const choice = (q: Question, i: number | undefined): Response | undefined => (i === undefined ? undefined : q.type === 'scenario' ? { type: 'scenario', choice: i } : { type: 'single', choice: i });

const byLongest = (q: Question, shown: number[]): Response | undefined => (q.type === 'single' || q.type === 'scenario' ? choice(q, longestShown(q.options, shown)) : undefined);
const allButShortest = (q: Question, shown: number[]): Response | undefined => {
  if (q.type !== 'multiple') return undefined;
  const drop = shortestShown(q.options, shown);
  return { type: 'multiple', choices: shown.filter((i) => i !== drop) };
};
const alwaysFalse = (q: Question): Response | undefined => (q.type === 'truefalse' ? { type: 'truefalse', value: false } : undefined);
const at =
  (pick: (shown: number[]) => number) =>
  (q: Question, shown: number[]): Response | undefined => {
    if (q.type === 'single' || q.type === 'scenario') return choice(q, pick(shown));
    if (q.type === 'multiple') return { type: 'multiple', choices: [pick(shown)] };
    return undefined;
  };

export const CUE_STRATEGIES: CueStrategy[] = [
  { id: 'always-false', label: '判断题一律答「错」', answer: alwaysFalse },
  { id: 'always-true', label: '判断题一律答「对」', answer: (q) => (q.type === 'truefalse' ? { type: 'truefalse', value: true } : undefined) },
  { id: 'longest', label: '选最长的选项', answer: byLongest },
  { id: 'all-but-shortest', label: '多选题除了最短的全勾', answer: allButShortest },
  { id: 'first', label: '总选第一个', answer: at((shown) => shown[0]) },
  { id: 'last', label: '总选最后一个', answer: at((shown) => shown[shown.length - 1]) },
  {
    // the blind trainee of the review: every cue at once
    id: 'reads-nothing',
    label: '不读题：判断答错、单选选最长、多选除最短全勾',
    answer: (q, shown) => alwaysFalse(q) ?? byLongest(q, shown) ?? allButShortest(q, shown),
  },
];

/** Share of questions a strategy gets wholly right, as an exam counts them. */
export function strategyScore(strategy: CueStrategy, questions: Question[], shownOf: (q: Question) => number[]): number {
  if (!questions.length) return 0;
  const right = questions.filter((q) => scoreResponse(q, strategy.answer(q, shownOf(q))).correct).length;
  return right / questions.length;
}
