import { describe, expect, it } from 'vitest';
import { choose, isOver, scoreRun, startRun, type Run } from '../../src/lib/drill/engine.ts';
import { drillShape } from '../../src/lib/drill/graph.ts';
import type { Drill, DrillPlan } from '../../src/lib/drill/types.ts';
import { drillSchema } from '../../src/schemas/drill.ts';
import { readContent } from '../../src/schemas/read-content.ts';

const { raw } = readContent('.');
const plans = new Map(raw.emergencies.map((e) => [e.id, { id: e.id, title: '', ...(e.data as Omit<DrillPlan, 'id' | 'title'>) }]));

/** Every complete run through a drill (drills are acyclic, so this ends). */
function allRuns(d: Drill): Run[] {
  const out: Run[] = [];
  const walk = (r: Run) => {
    if (isOver(d, r)) return void out.push(r);
    d.nodes[r.node].choices.forEach((_, i) => walk(choose(d, r, i)));
  };
  walk(startRun(d));
  return out;
}

describe('drill scenarios', () => {
  it('has at least 10 scenarios across at least 5 different roles', () => {
    expect(raw.drills.length).toBeGreaterThanOrEqual(10);
    expect(new Set(raw.drills.map((d) => drillSchema.parse(d.data).role)).size).toBeGreaterThanOrEqual(5);
  });

  for (const entry of raw.drills) {
    const d: Drill = drillSchema.parse(entry.data);
    it(`${entry.file}: ≥3 decisions, a critical-error path, a perfect run that passes`, () => {
      const plan = plans.get(d.plan);
      expect(plan, `plan ${d.plan}`).toBeDefined();
      const shape = drillShape(d);
      expect(shape.decisions).toBeGreaterThanOrEqual(3);
      expect(shape.criticalChoices).toBeGreaterThanOrEqual(1);
      const results = allRuns(d).map((r) => scoreRun(d, plan!, r));
      const best = results.reduce((a, b) => (b.score > a.score ? b : a));
      expect(best.score, 'the best path scores full marks').toBe(100);
      expect(best.passed).toBe(true);
      expect(best.rows.every((r) => r.status === 'ok')).toBe(true);
      expect(results.some((r) => r.criticals.length > 0 && !r.passed)).toBe(true);
    });
  }
});
