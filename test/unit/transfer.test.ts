import { describe, expect, it } from 'vitest';
import * as run from '../../src/lib/incident/run.ts';
import { leanRun, makeTransfer, mergeTakenChecklist, readTransfer, refillRun, TAKE } from '../../src/lib/transfer.ts';

const T0 = Date.UTC(2026, 10, 25, 2);
const plan: run.RunPlan = {
  id: 'lift-entrapment',
  title: '电梯故障与困人',
  project: '示例小区',
  steps: [
    { id: 'comfort', role: '监控中心值班员', action: '安抚被困人员', critical: true },
    { id: 'medical', role: '客服管家', action: '不舒服的立即拨打 120', critical: true, condition: '被困的人不舒服' },
  ],
  fields: ['被困人数'],
};

describe('handing a record to another phone', () => {
  const inc = run.logCall(
    run.setNote(run.stamp(run.startIncident(plan, T0, 'i-1'), 'comfort', T0 + 40_000), '五号楼 2 号梯，轿厢停在 5、6 层之间', T0 + 50_000),
    { contact: 'lift', label: '维保单位', phone: '96333' },
    T0 + 60_000,
  );

  it('carries every stamp, note, call and condition through the link and back', () => {
    const t = makeTransfer({ incidents: { [inc.id]: inc } }, 'https://wy.example.cn/emergency/lift-entrapment/run/', T0);
    expect(t.link.startsWith(`https://wy.example.cn/emergency/lift-entrapment/run/${TAKE}WYB1.`)).toBe(true);
    expect(t.fitsQr).toBe(true);
    const back = readTransfer(new URL(t.link).hash);
    expect(back).toEqual({ ok: true, incidents: { 'i-1': inc } });
  });

  it('a pasted code alone works too', () => {
    const t = makeTransfer({ incidents: { [inc.id]: inc } }, 'https://x/', T0);
    expect(readTransfer(t.code)).toMatchObject({ ok: true });
  });

  it('says in Chinese what is wrong with a cut or altered link, and never throws', () => {
    const t = makeTransfer({ incidents: { [inc.id]: inc } }, 'https://x/', T0);
    const cut = readTransfer(t.code.slice(0, 60));
    expect(cut.ok).toBe(false);
    expect(!cut.ok && cut.error).toMatch(/^转来的记录打不开：/);
    const altered = t.code.replace(/\.(.)/, (_, c: string) => `.${c === 'A' ? 'B' : 'A'}`);
    expect(readTransfer(altered).ok).toBe(false);
    expect(readTransfer(`${TAKE}%E0%A4%A`).ok).toBe(false);
  });
});

describe('a run handed over without its plan wording', () => {
  const inc = run.stamp(run.startIncident(plan, T0, 'i-2'), 'comfort', T0 + 40_000);
  it('is put back together from the same plan on the receiving page, stamps and answers kept', () => {
    const sent = leanRun({ ...inc, answers: ['2 人'] });
    expect(sent.steps).toEqual([]);
    const back = readTransfer(makeTransfer({ incidents: { [inc.id]: sent } }, 'https://x/', T0).code);
    const got = back.ok && back.incidents ? refillRun(back.incidents['i-2'], plan) : undefined;
    expect(got).toEqual({ ...inc, answers: ['2 人'] });
  });
  it('a run whose plan is not this page’s keeps what it has', () => {
    const other = { ...leanRun(inc), plan: 'fire' };
    expect(refillRun(other, plan)).toBe(other);
  });
});

describe('a checklist handed over', () => {
  const run1 = { period: '2026-12-06', savedAt: 1, by: '李四', ticks: { gate: { done: true, result: 'pass' as const } } };
  const run2 = { period: '2026-12-07', savedAt: 2, by: '王五', ticks: { gate: { done: true, result: 'fail' as const, action: '已报修' } } };
  it('keeps every saved round from both phones once, and joins the rounds in progress of the same day', () => {
    const mine = { history: [run1], current: { period: '2026-12-07', ticks: { light: { done: true, result: 'pass' as const } } } };
    const taken = { history: [run1, run2], current: { period: '2026-12-07', ticks: { gate: { done: true, result: 'na' as const } } } };
    const out = mergeTakenChecklist(mine, taken);
    expect(out.history).toEqual([run1, run2]);
    expect(Object.keys(out.current?.ticks ?? {}).sort()).toEqual(['gate', 'light']);
  });
  it('a round in progress from another day does not replace this phone’s own', () => {
    const mine = { history: [], current: { period: '2026-12-07', ticks: {} } };
    const out = mergeTakenChecklist(mine, { history: [], current: { period: '2026-12-06', ticks: { gate: { done: true } } } });
    expect(out.current).toEqual(mine.current);
  });
  it('goes through the link with its notes and actions', () => {
    const entry = { history: [run2] };
    const back = readTransfer(makeTransfer({ checklists: { patrol: entry } }, 'https://x/', T0).code);
    expect(back).toEqual({ ok: true, checklists: { patrol: entry } });
  });
});
