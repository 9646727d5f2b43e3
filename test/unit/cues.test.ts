/**
 * A trainee who does not read must not pass: every preset exam is drawn exactly as a trainee's
 * phone draws it, then answered by strategies that only look at the options, and every drill is
 * played by someone who always taps the first, the last or the longest choice.
 */
import { describe, expect, it } from 'vitest';
import { choose, isOver, scoreRun, startRun, type Run } from '../../src/lib/drill/engine.ts';
import { choiceOrder } from '../../src/lib/drill/order.ts';
import type { Drill, DrillPlan } from '../../src/lib/drill/types.ts';
import { drawQuestions, orderFor } from '../../src/lib/exam/assemble.ts';
import type { ExamSpec } from '../../src/lib/exam/spec.ts';
import { resolveContacts } from '../../src/lib/project/resolve.ts';
import { CUE_STRATEGIES, cueFigures, cueProblems, keyStrictlyLongest, strategyScore, visibleLength } from '../../src/lib/quiz/cues.ts';
import { optionOrder } from '../../src/lib/quiz/options.ts';
import { resolveQuestions } from '../../src/lib/quiz/resolve.ts';
import type { Question } from '../../src/lib/quiz/types.ts';
import { drillLengthCue } from '../../src/schemas/content-terms.ts';
import { drillSchema } from '../../src/schemas/drill.ts';
import { emergencySchema } from '../../src/schemas/emergency.ts';
import { examSchema } from '../../src/schemas/exam.ts';
import { projectSchema } from '../../src/schemas/project.ts';
import { quizBankSchema } from '../../src/schemas/quiz.ts';
import { readContent } from '../../src/schemas/read-content.ts';
import { siteSchema } from '../../src/schemas/site.ts';

const { raw } = readContent('.');
const site = siteSchema.parse(raw.site.data);
const plans = new Map(raw.emergencies.map((e) => [e.id, emergencySchema.parse(e.data)]));
/** Each project's banks: a question needing a figure the project lacks is left out of its exams. */
const projects = raw.projects!.map((p) => {
  const project = projectSchema.parse(p.data);
  const ctx = { contacts: resolveContacts(site.contacts, project), facts: project.facts };
  return { id: p.id, banks: new Map(raw.quizzes.map((b) => [b.id, resolveQuestions(quizBankSchema.parse(b.data).questions, plans, ctx)])) };
});
const exams: ExamSpec[] = raw.exams.map((e) => {
  const d = examSchema.parse(e.data);
  return { id: e.id, title: d.title, banks: d.banks, tags: d.tags, count: d.count, minutes: d.minutes, pass: d.pass, seed: d.seed, shuffle: false, role: d.role };
});

/** Highest share a cue-only trainee may score: far below every pass mark. */
const CUE_CEILING = 0.3;
const SITTINGS = ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8'];

describe('the cue figures', () => {
  const q = (over: Partial<Question> & Pick<Question, 'type'>) => ({ id: 'x', prompt: '', explain: '', source: '', tags: [], difficulty: 1, ...over }) as Question;
  it('see a key longer than every other option, widths and punctuation aside', () => {
    expect(keyStrictlyLongest(['立即报告监控中心', '等一下', '明天再说'], 0)).toBe(true);
    expect(keyStrictlyLongest(['立即报告', '明天再说'], 0)).toBe(false); // a tie is no cue
    expect(visibleLength('３０分钟，立即！')).toBe(visibleLength('30分钟立即'));
  });
  it('refuse a bank whose true/false items are mostly 错, whose keys are the longest, or whose multiple-choice keys tick most options', () => {
    const tf = (answer: boolean, i: number) => q({ id: `t${i}`, type: 'truefalse', answer });
    const longKey = (i: number) => q({ id: `s${i}`, type: 'single', options: ['很长很长的正确答案', '短', '也短'], answer: 0 });
    const wide = (i: number) => q({ id: `m${i}`, type: 'multiple', options: ['甲', '乙', '丙', '丁'], answer: [0, 1, 2] });
    const bad = [...[0, 1, 2, 3, 4, 5, 6].map((i) => tf(false, i)), tf(true, 7), ...[0, 1, 2, 3, 4, 5].map(longKey), ...[0, 1, 2, 3].map(wide)];
    const problems = cueProblems(cueFigures(bad));
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/判断题答案为「错」的占 88%/);
    expect(problems[1]).toMatch(/最长选项的占 100%/);
    expect(problems[2]).toMatch(/超过一半选项的占 100%/);
    const fair = [...[0, 1, 2, 3].map((i) => tf(i % 2 === 0, i)), tf(true, 4), tf(false, 5)];
    expect(cueProblems(cueFigures(fair))).toEqual([]);
  });
});

describe.each(projects.flatMap((p) => exams.map((e) => [e.id, p.id, e, p.banks] as const)))('preset exam %s in project %s, drawn as a trainee gets it', (_, __, spec, banks) => {
  const pool = spec.banks.flatMap((b) => banks.get(b) ?? []);
  const questions = drawQuestions(spec, pool);
  it('has its full count of questions', () => {
    expect(questions).toHaveLength(spec.count);
  });
  for (const strategy of CUE_STRATEGIES)
    it(`cannot be passed by 「${strategy.label}」: at most ${CUE_CEILING * 100}%`, () => {
      // each sitting shows options in its own order: average over several trainees
      const scores = SITTINGS.map((seed) => strategyScore(strategy, orderFor(spec, questions, seed), (q) => optionOrder(q, seed)));
      const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
      expect(mean, `${strategy.label}：平均 ${Math.round(mean * 100)}%`).toBeLessThanOrEqual(CUE_CEILING);
      expect(Math.max(...scores) * 100).toBeLessThan(spec.pass);
    });
});

describe('drills', () => {
  const drills = raw.drills.map((d) => {
    const data = drillSchema.parse(d.data);
    const plan = plans.get(data.plan)!;
    const drillPlan: DrillPlan = { id: data.plan, title: plan.title, steps: plan.steps, never: plan.never };
    return { id: d.id, drill: data as Drill, plan: drillPlan };
  });
  const playBy = (drill: Drill, seed: string, pick: (shown: number[], texts: string[]) => number): Run => {
    let run = startRun(drill, seed);
    for (let guard = 0; !isOver(drill, run) && guard < 100; guard++) {
      const node = drill.nodes[run.node];
      const shown = choiceOrder(run.seed, run.node, node.choices.length);
      run = choose(
        drill,
        run,
        pick(
          shown,
          node.choices.map((c) => c.text),
        ),
      );
    }
    return run;
  };
  const longest = (shown: number[], texts: string[]) => shown.reduce((b, i) => (visibleLength(texts[i]) > visibleLength(texts[b]) ? i : b), shown[0]);
  const strategies = {
    总点第一个: (shown: number[]) => shown[0],
    总点最后一个: (shown: number[]) => shown[shown.length - 1],
    总点最长的: longest,
  };

  it('show each run its choices in an order of its own, the same again for the same seed', () => {
    const orders = new Set(SITTINGS.map((s) => choiceOrder(s, 'alarm', 4).join()));
    expect(orders.size).toBeGreaterThan(2);
    expect(choiceOrder('abc', 'alarm', 4)).toEqual(choiceOrder('abc', 'alarm', 4));
    expect(choiceOrder('', 'alarm', 4)).toEqual([0, 1, 2, 3]);
  });

  for (const [name, pick] of Object.entries(strategies))
    it(`cannot be passed by a player who 「${name}」`, () => {
      const passed: string[] = [];
      for (const { id, drill, plan } of drills) for (const seed of SITTINGS) if (scoreRun(drill, plan, playBy(drill, seed, pick)).passed) passed.push(`${id}@${seed}`);
      // a lucky shuffle may line up once; a habit must not
      expect(passed.length, passed.join(' ')).toBeLessThanOrEqual(Math.ceil(drills.length * SITTINGS.length * 0.05));
    });

  it('do not make the right choice the longest one in most decisions', () => {
    const all = drills.map(({ drill }) => drillLengthCue(drill));
    const decisions = all.reduce((a, c) => a + c.decisions, 0);
    const longestRight = all.reduce((a, c) => a + c.longest.length, 0);
    expect(longestRight / decisions).toBeLessThanOrEqual(0.35);
  });
});
