import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/schemas/read-content.ts';
import type { RawContent, RawEntry } from '../../src/schemas/collections.ts';
import { formatIssue } from '../../src/schemas/issue.ts';
import { validateContent } from '../../src/schemas/validate.ts';
import { flagged } from '../../src/lib/quiz/answer-format.ts';

const VALID = 'test/fixtures/content/valid';

/** A fresh deep copy of the valid fixture tree, to break one thing at a time. */
function fixture(): RawContent {
  const { raw, issues } = readContent(VALID);
  expect(issues).toEqual([]);
  return structuredClone(raw);
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each test writes a wrong shape into the raw entry on purpose
const data = (e: RawEntry) => e.data as Record<string, any>;
const find = (list: RawEntry[], id: string) => list.find((e) => e.id === id)!;
/** a drill's situation as the file lists it */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as data() above
const nodeOf = (e: RawEntry, id: string) => (data(e).nodes as { id: string; choices: Record<string, any>[] }[]).find((n) => n.id === id)!;

function expectIssue(raw: RawContent, file: string, field: string, message: RegExp) {
  const issues = validateContent(raw);
  const hit = issues.find((i) => i.file === file && i.field === field);
  expect(hit, `expected an issue on ${file} ${field}; got:\n${issues.map(formatIssue).join('\n')}`).toBeDefined();
  expect(hit!.message).toMatch(message);
  // The printed line names both, the way the build prints it.
  expect(formatIssue(hit!)).toContain(file);
  expect(formatIssue(hit!)).toContain(field);
}

describe('content validation', () => {
  it('accepts the valid fixture tree', () => {
    expect(validateContent(fixture())).toEqual([]);
  });

  it('reports a missing required field with file and field', () => {
    const raw = fixture();
    delete data(find(raw.emergencies, 'lift-entrapment')).firstActions;
    expectIssue(raw, 'content/emergencies/lift-entrapment.mdx', 'firstActions', /期望|array/);
  });

  it('reports a bad enum value', () => {
    const raw = fixture();
    data(find(raw.emergencies, 'lift-entrapment')).category = '外星人入侵';
    expectIssue(raw, 'content/emergencies/lift-entrapment.mdx', 'category', /自然灾害|工程故障/);
  });

  it('reports more than three first actions', () => {
    const raw = fixture();
    data(find(raw.emergencies, 'lift-entrapment')).firstActions = ['一', '二', '三', '四'];
    expectIssue(raw, 'content/emergencies/lift-entrapment.mdx', 'firstActions', /最多 3 条/);
  });

  it('reports a choice question with no right option, or a single choice with two', () => {
    const raw = fixture();
    const q = data(find(raw.quizzes, 'basics')).questions[0];
    q.options = flagged(['5分钟', '1小时', '3小时'], []);
    expectIssue(raw, 'content/quizzes/basics.yaml', 'questions.0.options', /没有正确答案/);
    q.options = flagged(['5分钟', '1小时', '3小时'], [0, 2]);
    expectIssue(raw, 'content/quizzes/basics.yaml', 'questions.0.options', /只能有一个正确答案，现在勾了 2 个/);
  });

  it('reports a choice question still keyed by position (the format before the editor)', () => {
    const raw = fixture();
    Object.assign(data(find(raw.quizzes, 'basics')).questions[0], { options: ['5分钟', '1小时', '3小时'], answer: 0 });
    expectIssue(raw, 'content/quizzes/basics.yaml', 'questions.0.options.0', /.+/);
  });

  it('reports a source pointing to a missing page', () => {
    const raw = fixture();
    data(find(raw.quizzes, 'basics')).questions[0].source = 'handbook/cleaning/no-such-page#limit-gate';
    expectIssue(raw, 'content/quizzes/basics.yaml', 'questions.0.source', /页面「handbook\/cleaning\/no-such-page」不存在/);
  });

  it('reports a source pointing to a missing anchor', () => {
    const raw = fixture();
    data(find(raw.quizzes, 'basics')).questions[0].source = 'handbook/cleaning/garbage-retention#limit-moon';
    expectIssue(raw, 'content/quizzes/basics.yaml', 'questions.0.source', /没有锚点「#limit-moon」/);
  });

  it('accepts a heading anchor and rejects a misspelt one', () => {
    const raw = fixture();
    data(find(raw.roles, 'cleaner')).mustKnow[0].ref = 'handbook/cleaning/garbage-retention#大门口';
    expect(validateContent(raw)).toEqual([]);
    data(find(raw.roles, 'cleaner')).mustKnow[0].ref = 'handbook/cleaning/garbage-retention#大门';
    expectIssue(raw, 'content/roles/cleaner.mdx', 'mustKnow.0.ref', /没有锚点/);
  });

  it('reports a drill step that is not in its plan', () => {
    const raw = fixture();
    nodeOf(find(raw.drills, 'night-lift'), 'call').choices[0].step = 'call-the-mayor';
    expectIssue(raw, 'content/drills/night-lift.yaml', 'nodes.call.choices.0.step', /没有步骤「call-the-mayor」/);
  });

  it('reports a drill critical choice that names no never-do rule of the plan', () => {
    const raw = fixture();
    nodeOf(find(raw.drills, 'night-lift'), 'alarm').choices[1].critical = 'jump';
    expectIssue(raw, 'content/drills/night-lift.yaml', 'nodes.alarm.choices.1.critical', /禁止事项里没有「jump」/);
  });

  it('reports an unknown contact key', () => {
    const raw = fixture();
    data(find(raw.emergencies, 'lift-entrapment')).contacts.push('ghostbusters');
    expectIssue(raw, 'content/emergencies/lift-entrapment.mdx', 'contacts.2', /联系方式.*ghostbusters/);
  });

  it('reports an unknown actor on a plan step', () => {
    const raw = fixture();
    data(find(raw.emergencies, 'lift-entrapment')).steps[1].role = 'astronaut';
    expectIssue(raw, 'content/emergencies/lift-entrapment.mdx', 'steps.1.role', /岗位.*astronaut/);
  });

  it('reports an order question naming a step its plan lacks', () => {
    const raw = fixture();
    data(find(raw.quizzes, 'basics')).questions[1].steps[2] = 'teleport';
    expectIssue(raw, 'content/quizzes/basics.yaml', 'questions.1.steps.2', /没有步骤「teleport」/);
  });

  it('reports an unknown source document key', () => {
    const raw = fixture();
    data(find(raw.handbook, 'cleaning/garbage-retention')).sources[0].ref = 'seed-999';
    expectIssue(raw, 'content/handbook/cleaning/garbage-retention.mdx', 'sources.0.ref', /seed-999/);
  });

  it('reports a learning-path item that points nowhere', () => {
    const raw = fixture();
    data(find(raw.roles, 'cleaner')).path[1].ref = 'no-bank';
    expectIssue(raw, 'content/roles/cleaner.mdx', 'path.1.ref', /题库「no-bank」/);
  });

  it('reports an exam bank that does not exist', () => {
    const raw = fixture();
    data(find(raw.exams, 'cleaner-onboarding')).banks = ['nope'];
    expectIssue(raw, 'content/exams/cleaner-onboarding.yaml', 'banks.0', /题库「nope」/);
  });

  it('reports duplicate question ids', () => {
    const raw = fixture();
    data(find(raw.quizzes, 'basics')).questions[1].id = 'gate-minutes';
    expectIssue(raw, 'content/quizzes/basics.yaml', 'questions.1.id', /重复/);
  });

  it('reports an unknown field instead of silently ignoring a typo', () => {
    const raw = fixture();
    data(find(raw.handbook, 'cleaning/garbage-retention')).timelimits = [];
    expectIssue(raw, 'content/handbook/cleaning/garbage-retention.mdx', '', /timelimits/);
  });

  it('reports a remark written for editors in page text or in a field staff see', () => {
    const raw = fixture();
    find(raw.handbook, 'cleaning/garbage-retention').body += '\n原方案这一部分只有标题。按通行做法：\n';
    expectIssue(raw, 'content/handbook/cleaning/garbage-retention.mdx', '正文', /写给编辑看的话.*原方案/);
    data(find(raw.emergencies, 'lift-entrapment')).sources[0].section = '第五条（仅标题）';
    expectIssue(raw, 'content/emergencies/lift-entrapment.mdx', 'sources.0.section', /仅标题/);
  });

  it('lets editors keep their remarks in MDX comments', () => {
    const raw = fixture();
    find(raw.handbook, 'cleaning/garbage-retention').body += '\n{/* 种子文件没有写明时限，按通行做法 */}\n';
    expect(validateContent(raw)).toEqual([]);
  });

  it('reports a {{fact:…}} template written in a page body, where MDX would run it as code, and says what to write', () => {
    const raw = fixture();
    find(raw.handbook, 'cleaning/garbage-retention').body += '\n押金{{fact:renovation-deposit}}。\n';
    expectIssue(raw, 'content/handbook/cleaning/garbage-retention.mdx', '正文', /<Fact id="renovation-deposit"/);
  });

  it('reports an old name for a role in page text, naming the one to use', () => {
    const raw = fixture();
    find(raw.handbook, 'cleaning/garbage-retention').body += '\n由项目经理检查。\n';
    expectIssue(raw, 'content/handbook/cleaning/garbage-retention.mdx', '正文', /「项目经理」：统一叫「管理处主任」/);
  });

  it('reports a bank a blind guesser could pass: true/false mostly 错, keys the longest option', () => {
    const raw = fixture();
    const bank = data(find(raw.quizzes, 'basics'));
    const base = { explain: '因为', source: bank.questions[0].source };
    bank.questions.push(...Array.from({ length: 6 }, (_, i) => ({ ...base, id: `tf-${i}`, type: 'truefalse', prompt: `说法${i}`, answer: false })));
    bank.questions.push(...Array.from({ length: 6 }, (_, i) => ({ ...base, id: `long-${i}`, type: 'single', prompt: `题${i}`, options: flagged(['短', `很长很长的正确答案${i}`, '也短'], 1) })));
    const issues = validateContent(raw)
      .filter((x) => x.file === 'content/quizzes/basics.yaml')
      .map((x) => x.message);
    expect(issues.some((m) => /判断题答案为「错」的占/.test(m))).toBe(true);
    expect(issues.some((m) => /标准答案是最长选项的占/.test(m))).toBe(true);
  });

  it('reports a plan file copied under a new name and not yet changed', () => {
    const raw = fixture();
    const plan = raw.emergencies[0];
    raw.emergencies.push({ ...structuredClone(plan), id: `${plan.id}-copy`, file: plan.file.replace('.mdx', '-copy.mdx') });
    expectIssue(raw, plan.file.replace('.mdx', '-copy.mdx'), 'title', /和 .* 相同：是不是复制了文件/);
  });

  it('reports two options of one question that read the same', () => {
    const raw = fixture();
    data(find(raw.quizzes, 'basics')).questions[0].options = flagged(['5分钟', '1小时', '５分钟。'], 0);
    expectIssue(raw, 'content/quizzes/basics.yaml', 'questions.0.options.2', /重复.*５分钟/);
  });

  it('reports a bank whose keys sit in one option position too often', () => {
    const raw = fixture();
    const bank = data(find(raw.quizzes, 'basics'));
    const q = bank.questions[0];
    const texts = q.options.map((o: { text: string }) => o.text);
    bank.questions = [...bank.questions, ...[1, 2, 3, 4, 5, 6].map((n) => ({ ...q, id: `gate-${n}`, options: flagged(texts, n < 4 ? 1 : n - 4) }))];
    // keys at B, B, B, A, B… → 4 of 7 at B
    expectIssue(raw, 'content/quizzes/basics.yaml', 'questions', /57% 在第 2 个选项/);
    let k = 0;
    bank.questions = bank.questions.map((x: Record<string, unknown>) => ('options' in x ? { ...x, options: flagged(texts, k++ % 3) } : x));
    expect(validateContent(raw)).toEqual([]);
  });

  it('reports multiple-choice questions keyed "all but one" as a habit, and one with every option keyed', () => {
    const raw = fixture();
    const bank = data(find(raw.quizzes, 'basics'));
    const mc = (n: number, answer: number[]) => ({
      id: `mc-${n}`,
      type: 'multiple',
      prompt: '选出对的',
      options: flagged(['甲', '乙', '丙', '丁'], answer),
      explain: '见页面。',
      source: 'handbook/cleaning/garbage-retention#limit-gate',
    });
    bank.questions.push(mc(1, [0, 1, 2]), mc(2, [1, 2, 3]), mc(3, [0, 1]), mc(4, [2, 3]));
    expectIssue(raw, 'content/quizzes/basics.yaml', 'questions', /除了一项都对」的有 2 \/ 4 题/);
    bank.questions[3].options = flagged(['甲', '乙', '丙', '丁'], [0, 1, 2, 3]);
    expectIssue(raw, 'content/quizzes/basics.yaml', 'questions.3.options', /每个选项都是答案/);
  });

  it('reports a key that contradicts the time limit or plan step it cites', () => {
    const raw = fixture();
    const quiz = data(find(raw.quizzes, 'basics'));
    quiz.questions.push({ id: 'gate-number', type: 'number', prompt: '几分钟？', answer: 20, unit: '分钟', explain: '五分钟。', source: 'handbook/cleaning/garbage-retention#limit-gate' });
    expectIssue(raw, 'content/quizzes/basics.yaml', 'questions.2.answer', /答案 20分钟 与出处写的「5分钟内」/);
    quiz.questions[2] = {
      id: 'comfort-when',
      type: 'single',
      prompt: '多久安抚？',
      options: flagged(['立即', '30分钟内', '1小时内'], 1),
      explain: '马上。',
      source: 'emergency/lift-entrapment#step-comfort',
    };
    expectIssue(raw, 'content/quizzes/basics.yaml', 'questions.2.options', /出处写的是「立即」，标准答案却是「30分钟内」/);
    quiz.questions[2].options = flagged(['立即', '30分钟内', '1小时内'], 0);
    quiz.questions[0].options = flagged(['20分钟', '1小时', '3小时'], 0);
    expectIssue(raw, 'content/quizzes/basics.yaml', 'questions.0.options', /标准答案「20分钟」与出处写的「5分钟内」不一致/);
  });

  it('reports a plan time limit without the source that sets it', () => {
    const raw = fixture();
    delete data(find(raw.emergencies, 'lift-entrapment')).steps[1].limitSource;
    expectIssue(raw, 'content/emergencies/lift-entrapment.mdx', 'steps.1.limitSource', /时限.*出处/);
    data(find(raw.emergencies, 'lift-entrapment')).steps[1].limitSource = 'seed-000';
    expectIssue(raw, 'content/emergencies/lift-entrapment.mdx', 'steps.1.limitSource', /要同时列在本预案的 sources 里/);
  });

  it('reports every broken link written in a page body: absolute, anchor, relative and raw <a>', () => {
    const raw = fixture();
    const page = find(raw.handbook, 'cleaning/garbage-retention');
    page.body += [
      '',
      '见[困梯预案](/emergency/lift-entrapment/#steps)和[首页](/)，电话 [110](tel:110)，[外部](https://example.org/x)。',
      '[错的页面](/emergency/no-such-plan/)',
      '[错的锚点](/emergency/lift-entrapment/#nowhere)',
      '[本页锚点](#大门口) [本页错锚点](#后门)',
      '[相对链接](../no-such-page/)',
      '<a href="/handbook/nowhere/">原样的链接</a>',
      '[少斜杠](/emergency/lift-entrapment)',
      '```',
      '[代码里的不算](/nowhere/)',
      '```',
    ].join('\n');
    const messages = validateContent(raw)
      .filter((i) => i.file === 'content/handbook/cleaning/garbage-retention.mdx' && i.field === '正文')
      .map((i) => i.message);
    expect(messages).toEqual([
      expect.stringMatching(/「\/emergency\/no-such-plan\/」不存在/),
      expect.stringMatching(/没有锚点「#nowhere」/),
      expect.stringMatching(/没有锚点「#后门」/),
      expect.stringMatching(/「\/handbook\/cleaning\/no-such-page\/」不存在/),
      expect.stringMatching(/「\/handbook\/nowhere\/」不存在/),
      expect.stringMatching(/少了结尾的 \//),
    ]);
  });

  it('names a file saved with a BOM and how to fix it, instead of a misleading frontmatter error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wuye-bom-'));
    cpSync(VALID, dir, { recursive: true });
    const file = join(dir, 'content/handbook/cleaning/garbage-retention.mdx');
    writeFileSync(file, '\uFEFF' + readFileSync(file, 'utf8'));
    const { raw, issues } = readContent(dir);
    expect(issues).toEqual([{ file: 'content/handbook/cleaning/garbage-retention.mdx', field: '', message: expect.stringMatching(/BOM.*另存为「UTF-8」/) }]);
    expect(validateContent(raw)).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports a YAML syntax error with the file and line', () => {
    const { issues } = readContent('test/fixtures/content/broken-yaml');
    const hit = issues.find((i) => i.file === 'content/quizzes/broken.yaml');
    expect(hit?.message).toMatch(/YAML 格式错误/);
    expect(hit?.field).toMatch(/第 \d+ 行/);
  });
});

describe('the real content', () => {
  it('passes every schema and cross-reference check', () => {
    const { raw, issues } = readContent('.');
    const all = [...issues, ...validateContent(raw)];
    expect(all.map(formatIssue)).toEqual([]);
  });
});

import { pageSafetyProblems, safetyProblems } from '../../src/schemas/content-rules.ts';

describe('safety rules over page text (each mistake a trainer once found)', () => {
  const rules = (s: string) => safetyProblems(s).map((p) => p.rule.id);
  it('a blocked fire lane or exit gets no deadline in hours or days', () => {
    expect(rules('消防通道被电动车堵了几周：严重问题，72小时内定方案')).toEqual(['fire-lane-delay']);
    expect(rules('消防通道被堵：立即清走或上报，不设期限')).toEqual([]);
  });
  it('staff never operate public gas valves; the household valve is theirs to close', () => {
    expect(rules('找不到泄漏户的，关闭楼栋燃气总阀')).toEqual(['public-gas-valve']);
    expect(rules('切断着火区域的非消防电源和燃气阀门')).toEqual(['public-gas-valve']);
    expect(rules('进屋后关闭户内燃气阀门，开窗通风')).toEqual([]);
    expect(rules('楼栋燃气总阀只能由燃气公司或其授权人员操作')).toEqual([]);
    expect(rules('不要操作楼道里的燃气立管阀门')).toEqual([]);
  });
  it('nobody closes in on a person with a weapon', () => {
    expect(rules('对方持刀时两名队员上前把人分开')).toEqual(['weapons-close-in']);
    expect(rules('对方持刀时保持距离，立即报 110')).toEqual([]);
    expect(rules('先报告位置、人数、有无凶器，叫来增援再上前处置')).toEqual([]);
  });
  it('the tracking check count is not taught as the guards\u2019 own patrol count', () => {
    expect(rules('秩序维护员每天至少巡逻4次')).toEqual(['tracking-as-patrol']);
    expect(rules('主管跟踪检查安保服务每天至少4次')).toEqual([]);
  });
  it('a dry stick is offered for low voltage only, with high voltage kept at a distance', () => {
    expect(pageSafetyProblems('找不到开关时，用干燥的木棍把电线挑开')).toHaveLength(1);
    expect(pageSafetyProblems('低压触电找不到开关时，用干燥的木棍把电线挑开。高压触电不要靠近，报供电公司和 119')).toEqual([]);
  });
});

describe('the government hotline is not a utility number', () => {
  it('flags 12345 given for gas or water, not 12345 for reporting to the authorities', () => {
    const rules = (s: string) => safetyProblems(s).map((p) => p.rule.id);
    expect(rules('燃气抢修（本地燃气公司号码未登记时转接）：12345')).toEqual(['hotline-as-utility']);
    expect(rules('装修超时屡劝不改的，经 12345 转办')).toEqual([]);
  });
});
