/** The rules a training manager's sign-off review turned into checks: one name per thing, lawful duties. */
import { describe, expect, it } from 'vitest';
import { safetyProblems, taughtAsRight } from '../../src/schemas/content-rules.ts';
import { deprecatedTerms, drillLengthCue, withoutTermList } from '../../src/schemas/content-terms.ts';

const rulesOf = (s: string) => safetyProblems(s).map((p) => p.rule.id);

describe('one name for one thing', () => {
  it('names the old word and the one to use', () => {
    expect(deprecatedTerms('投诉由项目经理亲自追踪').map((t) => [t.found, t.use])).toEqual([['项目经理', '管理处主任']]);
    expect(deprecatedTerms('请维修师傅上门，楼宇管家陪同，保安在楼下').map((t) => t.use)).toEqual(['工程维修员', '客服管家', '秩序维护员']);
    expect(deprecatedTerms('业户的建议')[0].use).toBe('业主');
    expect(deprecatedTerms('片区管家上门关怀新业主')[0].use).toBe('客户关怀');
  });
  it('leaves the glossary\u2019s list of old names alone, and only that section', () => {
    const body = '## 统一称呼\n\n| 管理处主任 | 项目经理 |\n\n## 其他\n\n项目经理说';
    expect(deprecatedTerms(withoutTermList(body)).map((t) => t.context)).toEqual(['## 其他 项目经理说']);
  });
  it('leaves words that only contain the old names alone', () => {
    for (const fine of ['先保安全、防扩大', '电梯维保安排在凌晨', '领《业户手册》', '电梯维保单位的维修人员到场', '持保安员证上岗', '交给管理处主任']) expect(deprecatedTerms(fine), fine).toEqual([]);
  });
});

describe('duties a property company may lawfully teach', () => {
  it('never makes a call to 110/119/120 wait for approval', () => {
    expect(rulesOf('社会援助由管理处主任请示分公司总经理知悉后，再启动报警')).toContain('emergency-call-waits');
    expect(rulesOf('发现火灾，经管理处主任批准后才拨打119')).toContain('emergency-call-waits');
    expect(rulesOf('任何员工直接拨打 119，不需要请示，打完再逐级报告')).toEqual([]);
  });
  it('never enters a flat on a witness instead of the police', () => {
    expect(rulesOf('联系不上业主时，请社区工作人员见证后开门进入')).toContain('flat-entry-witness');
    expect(rulesOf('联系不上业主时报 110，由警方决定是否进入')).toEqual([]);
  });
  it('leaves lift safety-gear tests and fire-linkage tests to the licensed maintainers', () => {
    expect(rulesOf('工程团队每周做专业检查，如电梯限速器测试')).toContain('lift-governor-by-property');
    expect(rulesOf('限速器和安全钳试验由电梯维保单位按年度维保做，工程维修员核对记录')).toEqual([]);
    expect(rulesOf('工程每周做消防联动测试')).toContain('fire-linkage-weekly');
    expect(rulesOf('维保单位做联动测试时，消防控制室值班员每周陪同见证并记录')).toEqual([]);
  });
  it('asks for the 居住证, not the 临时居住证 it replaced, and teaches no 六天工作制', () => {
    expect(rulesOf('装修人员出示身份证和临时居住证')).toContain('temporary-residence-permit');
    expect(rulesOf('管理处实行六天工作制')).toContain('six-day-rule');
  });
  it('does not hold a wrong option or a statement keyed 错 to the rules: they show mistakes on purpose', () => {
    const bank = {
      questions: [
        { type: 'single', options: [{ text: '立即报警', correct: true }, { text: '批准后再报警' }] },
        { type: 'truefalse', prompt: '…', answer: false },
        { type: 'multiple', options: [{ text: 'a', correct: true }, { text: 'b' }, { text: 'c', correct: true }] },
      ],
    };
    expect(taughtAsRight(bank, 'questions.0.options.0.text')).toBe(true);
    expect(taughtAsRight(bank, 'questions.0.options.1.text')).toBe(false);
    expect(taughtAsRight(bank, 'questions.1.prompt')).toBe(false);
    expect(taughtAsRight(bank, 'questions.2.options.1.text')).toBe(false);
    expect(taughtAsRight(bank, 'questions.2.options.2.text')).toBe(true);
    expect(taughtAsRight(bank, 'questions.0.explain')).toBe(true);
    const drill = { nodes: { a: { choices: [{ text: 'x', step: 'call' }, { text: 'y', critical: 'no-wait' }, { text: 'z' }] } } };
    expect(taughtAsRight(drill, 'nodes.a.choices.0.text')).toBe(true);
    expect(taughtAsRight(drill, 'nodes.a.choices.1.text')).toBe(false);
    expect(taughtAsRight(drill, 'nodes.a.choices.2.text')).toBe(false);
  });
});

describe('drills whose right choice is always the longest', () => {
  it('count the decisions where it is', () => {
    const node = (right: string, wrong: string) => ({
      text: '',
      end: false,
      choices: [
        { text: right, step: 's', minutes: 1, next: 'e' },
        { text: wrong, minutes: 1, next: 'e' },
      ],
    });
    const d = { nodes: { a: node('立即报告监控中心并拉警戒线', '等等看'), b: node('报告', '先自己上去看看再说'), c: { text: '', end: true, choices: [] } } };
    expect(drillLengthCue(d)).toEqual({ decisions: 2, longest: ['a'] });
  });
});
