import { describe, expect, it } from 'vitest';
import * as run from '../../src/lib/incident/run.ts';
import { BUDGET_BYTES, budgetState, fitWithin, newPhotoId } from '../../src/lib/photos/size.ts';
import { MAX_PHOTOS, parseIncidents } from '../../src/lib/storage/incidents-schema.ts';
import { incidentsTabs } from '../../src/lib/storage/tab-merge.ts';
import { remove } from '../../src/lib/incident/list.ts';

describe('photo size and budget', () => {
  it('scales a camera picture to 1280 px on its long side, keeps proportions, never enlarges', () => {
    expect(fitWithin(4000, 3000)).toEqual({ width: 1280, height: 960 });
    expect(fitWithin(3000, 4000)).toEqual({ width: 960, height: 1280 });
    expect(fitWithin(800, 600)).toEqual({ width: 800, height: 600 });
  });

  it('warns from 80% of the budget and refuses past it, saying what to do', () => {
    expect(budgetState(10 * 1024 * 1024, 150_000).state).toBe('ok');
    const warn = budgetState(BUDGET_BYTES * 0.8, 150_000);
    expect(warn.state).toBe('warn');
    expect(warn.text).toContain('快满了');
    const full = budgetState(BUDGET_BYTES - 1000, 150_000);
    expect(full.state).toBe('full');
    expect(full.text).toContain('这张没有存');
  });

  it('gives each photo its own id', () => {
    expect(newPhotoId(1, () => 0.1)).not.toBe(newPhotoId(1, () => 0.2));
  });
});

describe('photos on a run', () => {
  const plan: run.RunPlan = {
    id: 'fire',
    title: '火警',
    project: '示例',
    steps: [
      { id: 'a', role: '值班员', action: '确认火情', critical: true },
      { id: 'b', role: '值班员', action: '报警', critical: true },
    ],
    fields: [],
  };
  const inc = run.startIncident(plan, 1000, 'i-1');

  it('keeps the ids and the step they show; refuses past the limit without changing the run', () => {
    let x = run.addPhoto(inc, { id: 'p-1', step: 'a', at: 2000 }, 2000);
    expect(x.photos).toEqual([{ id: 'p-1', step: 'a', at: 2000 }]);
    expect(run.addPhoto(x, { id: 'p-1', at: 3000 }, 3000)).toBe(x);
    for (let i = 2; i <= MAX_PHOTOS; i++) x = run.addPhoto(x, { id: `p-${i}`, at: 2000 + i }, 2000 + i);
    expect(x.photos).toHaveLength(MAX_PHOTOS);
    expect(run.addPhoto(x, { id: 'p-x', at: 9999 }, 9999)).toBe(x);
    expect(parseIncidents({ [x.id]: x }).ok).toBe(true);
    expect(run.removePhoto(x, 'p-1', 10_000).photos).toHaveLength(MAX_PHOTOS - 1);
  });

  it('a run from before photos (no photos field) still reads', () => {
    expect(parseIncidents({ [inc.id]: inc }).ok).toBe(true);
  });

  it('two tabs each adding a photo keep both; a deleted run keeps none', () => {
    const a = run.addPhoto(inc, { id: 'p-a', at: 2000 }, 2000);
    const b = run.addPhoto(inc, { id: 'p-b', at: 2001 }, 2001);
    const merged = incidentsTabs(300)({ [inc.id]: a }, { [inc.id]: b });
    expect(merged?.[inc.id].photos?.map((p) => p.id).sort()).toEqual(['p-a', 'p-b']);
    expect(remove({ [inc.id]: a }, inc.id, 3000)[inc.id].photos).toBeUndefined();
  });
});
