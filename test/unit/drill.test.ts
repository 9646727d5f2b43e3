import { describe, expect, it } from 'vitest';
import { choose, clockAt, expectedSteps, hesitate, isOver, PERFECT_REASON, scoreRun, startRun, type Run } from '../../src/lib/drill/engine.ts';
import { limitText, statusText } from '../../src/lib/drill/text.ts';
import { checkDrillGraph, drillShape } from '../../src/lib/drill/graph.ts';
import type { Drill, DrillNode, DrillPlan } from '../../src/lib/drill/types.ts';
import { drillSchema } from '../../src/schemas/drill.ts';
import { readContent } from '../../src/schemas/read-content.ts';
import { validateContent } from '../../src/schemas/validate.ts';

const plan: DrillPlan = {
  id: 'lift',
  title: '电梯困人',
  steps: [
    { id: 'comfort', action: '安抚被困人员', role: 'monitor' },
    { id: 'notify', action: '通知维保单位', role: 'monitor', withinMinutes: 5 },
    { id: 'rescue', action: '持证人员放人', role: 'engineer', withinMinutes: 30 },
    { id: 'record', action: '填写记录表', role: 'monitor' },
  ],
  never: [{ id: 'pry-doors', text: '不让非持证人员扒门' }],
};
const node = (text: string, choices: Drill['nodes'][string]['choices'] = []) => ({ text, end: choices.length === 0, choices });
const drill: Drill = {
  title: '深夜困梯',
  plan: 'lift',
  role: 'monitor',
  startClock: '23:50',
  start: 'alarm',
  nodes: {
    alarm: node('对讲响了', [
      { text: '安抚', step: 'comfort', minutes: 1, next: 'calm' },
      { text: '先打维保电话', step: 'notify', minutes: 2, next: 'called-first' },
      { text: '叫保安扒门', critical: 'pry-doors', minutes: 3, next: 'hurt' },
    ]),
    calm: node('对方平静了', [
      { text: '通知维保', step: 'notify', minutes: 2, next: 'waiting' },
      { text: '先去现场看看', minutes: 10, next: 'dawdled' },
    ]),
    dawdled: node('已经过去十分钟', [{ text: '通知维保', step: 'notify', minutes: 2, next: 'waiting' }]),
    'called-first': node('维保在路上', [{ text: '回头安抚', step: 'comfort', minutes: 1, next: 'waiting' }]),
    waiting: node('维保到了', [
      { text: '配合持证人员放人', step: 'rescue', minutes: 20, next: 'rescued' },
      { text: '直接下班', minutes: 1, next: 'left' },
    ]),
    rescued: node('人出来了', [{ text: '填写记录表', step: 'record', minutes: 5, next: 'done' }]),
    done: node('处置完毕'),
    left: node('没人跟进'),
    hurt: node('有人受伤'),
  },
};
const play = (...choices: number[]): Run => choices.reduce((r, c) => choose(drill, r, c), startRun(drill));

describe('drill play', () => {
  it('advances the simulated clock by each choice and shows it as a time of day across midnight', () => {
    const r = play(0, 0);
    expect(r.elapsed).toBe(3);
    expect(r.node).toBe('waiting');
    expect(clockAt('23:50', 13)).toBe('00:03');
    expect(clockAt('02:10', 0)).toBe('02:10');
  });
  it('ignores a choice that does not exist and stops at an ending', () => {
    expect(choose(drill, startRun(drill), 9).node).toBe('alarm');
    const end = play(2);
    expect(isOver(drill, end)).toBe(true);
    expect(choose(drill, end, 0)).toBe(end);
  });
  it('expects the plan steps the drill names, in plan order', () => {
    expect(expectedSteps(drill, plan)).toEqual(['comfort', 'notify', 'rescue', 'record']);
  });
});

describe('drill scoring', () => {
  it('gives a perfect run full marks, a pass and every step on time', () => {
    const r = scoreRun(drill, plan, play(0, 0, 0, 0));
    expect(r.score).toBe(100);
    expect(r.passed).toBe(true);
    expect(r.rows.map((x) => x.status)).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect(r.rows[1].doneAt).toBe(3);
    expect(r.criticals).toEqual([]);
  });
  it('marks steps done out of plan order', () => {
    const r = scoreRun(drill, plan, play(1, 0, 0, 0));
    expect(r.rows.find((x) => x.step === 'comfort')?.status).toBe('order');
    expect(r.score).toBe(88);
    expect(r.reasons).toContain('1 个步骤顺序不对');
  });
  it('marks a step done after its time limit as late', () => {
    const r = scoreRun(drill, plan, play(0, 1, 0, 0, 0));
    const notify = r.rows.find((x) => x.step === 'notify')!;
    expect(notify.doneAt).toBe(13);
    expect(notify.status).toBe('late');
    // the ten lost minutes also push the rescue past its 30-minute limit
    expect(r.rows.map((x) => x.status)).toEqual(['ok', 'late', 'late', 'ok']);
    expect(r.reasons).toContain('2 个步骤超过时限');
    expect(r.score).toBe(75);
    expect(r.passed).toBe(false);
  });
  it('fails a run with a critical error and names the rule broken', () => {
    const r = scoreRun(drill, plan, play(2));
    expect(r.passed).toBe(false);
    expect(r.criticals).toEqual([{ rule: 'pry-doors', text: '不让非持证人员扒门', choice: '叫保安扒门', at: 0 }]);
    expect(r.reasons[0]).toBe('严重错误：不让非持证人员扒门');
    expect(r.score).toBe(0);
  });
  it('counts a skipped step as missed and fails the run below the pass mark', () => {
    const r = scoreRun(drill, plan, play(0, 0, 1));
    expect(r.rows.filter((x) => x.status === 'missed').map((x) => x.step)).toEqual(['rescue', 'record']);
    expect(r.score).toBe(50);
    expect(r.passed).toBe(false);
  });
  it('holds pressure-mode hesitation against the score and the clock', () => {
    let run = startRun(drill);
    run = hesitate(run);
    run = [0, 0, 0, 0].reduce((r, c) => choose(drill, r, c), run);
    const r = scoreRun(drill, plan, run);
    expect(r.elapsed).toBe(29);
    expect(r.score).toBe(95);
    expect(r.reasons).toContain('犹豫超时 1 次');
  });
});

describe('drill graph checks', () => {
  const broken = (patch: (d: Drill) => void) => {
    const d: Drill = structuredClone(drill);
    patch(d);
    return checkDrillGraph(d);
  };
  it('accepts the sample drill and reports its shape', () => {
    expect(checkDrillGraph(drill)).toEqual([]);
    expect(drillShape(drill)).toEqual({ decisions: 5, criticalChoices: 1, endings: 3 });
  });
  it('reports a situation no path reaches', () => {
    expect(broken((d) => (d.nodes.orphan = node('没人来过', [{ text: 'x', minutes: 1, next: 'done' }])))).toEqual([{ node: 'orphan', message: '从起始情境走不到这里' }]);
  });
  it('reports a dead end', () => {
    expect(broken((d) => (d.nodes.left = { text: '没人跟进', end: false, choices: [] }))).toEqual([{ node: 'left', message: '死路：既不是结局（end: true），也没有选项' }]);
  });
  it('reports a loop back to an earlier situation', () => {
    const issues = broken((d) => d.nodes.waiting.choices.push({ text: '再安抚一次', minutes: 1, next: 'calm' }));
    expect(issues).toHaveLength(1);
    expect(issues[0].node).toBe('waiting');
    expect(issues[0].message).toMatch(/死循环：calm → waiting → calm/);
  });
  it('reports through the content validator with file and node, including unknown steps', () => {
    const { raw } = readContent('test/fixtures/content/valid');
    // the file lists its situations (`- id: call`)
    const nodes = (raw.drills[0].data as { nodes: (DrillNode & { id: string })[] }).nodes;
    const at = (id: string) => nodes.find((n) => n.id === id)!;
    at('call').choices.push({ text: '回到开头', minutes: 1, next: 'alarm' });
    nodes.push({ id: 'lost', text: '孤立', end: true, choices: [] });
    at('alarm').choices[0].step = 'no-such-step';
    const issues = validateContent(raw).map((i) => `${i.file} ${i.field} ${i.message}`);
    expect(issues).toContain('content/drills/night-lift.yaml nodes.lost 从起始情境走不到这里');
    expect(issues.some((i) => i.startsWith('content/drills/night-lift.yaml nodes.call 选项会回到之前的情境'))).toBe(true);
    expect(issues).toContain('content/drills/night-lift.yaml nodes.alarm.choices.0.step 预案「lift-entrapment」里没有步骤「no-such-step」');
  });
});

describe('lateness against the plan, on the real scenarios', () => {
  const { raw } = readContent('.');
  const plans = new Map(raw.emergencies.map((e) => [e.id, { id: e.id, title: '', ...(e.data as Omit<DrillPlan, 'id' | 'title'>) }]));
  const real = raw.drills.map((e) => {
    const d: Drill = drillSchema.parse(e.data);
    return { id: e.file.replace(/^.*\/|\.yaml$/g, ''), drill: d, plan: plans.get(d.plan)! };
  });
  const runsOf = (d: Drill) => {
    const out: Run[] = [];
    const walk = (r: Run) => (isOver(d, r) ? void out.push(r) : d.nodes[r.node].choices.forEach((_, i) => walk(choose(d, r, i))));
    walk(startRun(d));
    return out;
  };

  /** The run that takes a plan step at every decision, except where `detours` says which choice to take. */
  const planPath = (d: Drill, detours: Record<string, number> = {}): Run => {
    let r = startRun(d);
    for (let guard = 0; !isOver(d, r) && guard < 100; guard++) {
      const choices = d.nodes[r.node].choices;
      const right = choices.findIndex((c) => c.step && !c.critical);
      r = choose(d, r, detours[r.node] ?? (right >= 0 ? right : choices.findIndex((c) => !c.critical)));
    }
    return r;
  };

  it('the lift drill: ringing the engineer on duty first makes notifying the maintainer four minutes late, and the debrief says so', () => {
    const { drill: lift, plan: liftPlan } = real.find((x) => x.id === 'night-lift-entrapment')!;
    // comfort them, ring the engineer on duty first (the detour), then the maintainer, then the model answers
    const detour = lift.nodes.notify.choices.findIndex((c) => !c.step && c.minutes > 0);
    const run = planPath(lift, { notify: detour });
    expect(isOver(lift, run)).toBe(true);
    const r = scoreRun(lift, liftPlan, run);
    expect(r.timeline.some((t) => t.feedback?.includes('晚了四分钟'))).toBe(true);
    const notify = r.rows.find((x) => x.step === 'notify-maintainer')!;
    expect(notify).toMatchObject({ when: '立即', status: 'late', delay: 4 });
    expect(statusText(notify)).toBe('耽误了 4 分钟');
    expect(limitText(notify)).toBe('立即');
    // one of seven steps late: not full marks, and not described as perfect
    expect(r.score).toBeLessThan(100);
    expect(r.score).toBe(Math.round((100 * 6.5) / r.rows.length));
    expect(r.passed).toBe(true);
    expect(r.reasons).toEqual(['1 个该马上做的步骤被耽误，共晚了 4 分钟']);
    expect(r.reasons).not.toContain(PERFECT_REASON);
    // the same run without the detour is the perfect one
    const straight = scoreRun(lift, liftPlan, planPath(lift));
    expect(straight.score).toBe(100);
    expect(straight.reasons).toEqual([PERFECT_REASON]);
  });

  it('a step with a sourced limit is judged by its minute from the alarm, not by detours inside the limit', () => {
    const { drill: lift, plan: liftPlan } = real.find((x) => x.id === 'night-lift-entrapment')!;
    const detour = lift.nodes.notify.choices.findIndex((c) => !c.step && c.minutes > 0);
    const arrive = scoreRun(lift, liftPlan, planPath(lift, { notify: detour })).rows.find((x) => x.step === 'maintainer-arrive')!;
    expect(arrive).toMatchObject({ withinMinutes: 30, status: 'ok' });
    expect(arrive.delay).toBeUndefined();
    expect(limitText(arrive)).toBe('30 分钟内');
    expect(statusText({ ...arrive, status: 'late-order', overBy: 3 })).toBe('顺序不对，且超过时限 3 分钟');
  });

  for (const { id, drill: d, plan: p } of real) {
    it(`${id}: the debrief text agrees with the score on every path`, () => {
      for (const run of runsOf(d)) {
        const r = scoreRun(d, p, run);
        // full marks exactly when nothing is faulted, and only then the words that say so
        expect(r.score === 100, r.reasons.join('；')).toBe(r.reasons.length === 1 && r.reasons[0] === PERFECT_REASON);
        const late = r.rows.filter((x) => x.status === 'late' || x.status === 'late-order');
        expect(late.every((x) => (x.overBy ?? 0) > 0 || (x.delay ?? 0) > 0)).toBe(true);
        // a detour the story says cost time (晚了 / 耽误) costs the run points, unless the step it stood in for was never done
        const lostTime = r.timeline.some((t) => !t.step && !t.critical && /晚了|耽误|晚几分钟/.test(t.feedback ?? ''));
        if (lostTime && r.rows.every((x) => x.status !== 'missed') && !r.criticals.length) expect(r.score, r.timeline.map((t) => t.text).join(' → ')).toBeLessThan(100);
      }
    });
  }
});
