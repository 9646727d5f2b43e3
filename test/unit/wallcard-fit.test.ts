import { describe, expect, it } from 'vitest';
import { FIT_SCALES, emWidth, sheetHeight, wallCardFit, type WallCardText } from '../../src/lib/wallcard-fit.ts';

const step = (n: number) => ({ badges: ['发现人 / 第一接报人', '立即', '关键'], action: '立即拨打 120，讲清小区地址、楼栋和具体位置，说明有人倒地叫不醒'.repeat(n) });
const plan = (steps: number, length = 1): WallCardText => ({
  title: '突然晕倒与心脏骤停',
  contacts: [
    { kind: '急救', name: '急救', phone: '120' },
    { kind: '监控中心', name: '监控中心', how: '对讲机呼叫「监控中心」' },
    { kind: '最近的医院（急诊）', name: '示例市第一人民医院（急诊）', phone: '0000-8000005', note: '夜间走急诊入口' },
  ],
  firstActions: ['拍肩膀、大声喊，看胸口有没有起伏', '立即拨打 120 开免提，派人取 AED', '马上胸外按压，不要停'],
  steps: Array.from({ length: steps }, () => step(length)),
  never: ['不等领导批准才打 120', '不掐人中、不摇晃、不喂水喂药', '不让倒地的人身边没人'],
  demo: true,
});

describe('wallCardFit', () => {
  it('measures Chinese as one em and digits as about half', () => {
    expect(emWidth('火警')).toBe(2);
    expect(emWidth('119')).toBeCloseTo(1.65);
  });
  it('estimates a taller sheet for larger type and for more text', () => {
    const p = plan(10);
    expect(sheetHeight(p, 1.2)).toBeGreaterThan(sheetHeight(p, 1));
    expect(sheetHeight(plan(12), 1)).toBeGreaterThan(sheetHeight(p, 1));
    expect(sheetHeight({ ...p, demo: false }, 1)).toBeLessThanOrEqual(sheetHeight(p, 1));
  });
  it('prints a short plan at the largest step and a long one at the smallest, never larger for more text', () => {
    expect(wallCardFit(plan(4))).toBe(FIT_SCALES.length - 1);
    expect(wallCardFit(plan(14, 2))).toBe(0);
    let last = Infinity;
    for (let n = 3; n <= 16; n++) {
      const f = wallCardFit(plan(n));
      expect(f).toBeLessThanOrEqual(last);
      last = f;
    }
  });
  it('keeps the chosen step within the page with room to spare for the estimate', () => {
    for (let n = 3; n <= 14; n++) {
      const p = plan(n);
      const f = wallCardFit(p);
      if (f > 0) expect(sheetHeight(p, FIT_SCALES[f])).toBeLessThanOrEqual((279 / 25.4) * 96 * 0.9);
    }
  });
});
