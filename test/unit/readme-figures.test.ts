/** The README's opening figures are what a manager quotes: they must be what the site holds. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/schemas/read-content.ts';
import { aliasesFileSchema } from '../../src/schemas/site.ts';

const readme = readFileSync('README.md', 'utf8');
const { raw } = readContent('.');
const figure = (pattern: RegExp) => {
  const m = pattern.exec(readme);
  if (!m) throw new Error(`README 里找不到 ${pattern}`);
  return m.slice(1).map(Number);
};

describe('the README figures', () => {
  it('count the handbook pages, plans, roles and colloquial words the build renders', () => {
    expect(figure(/(\d+) 页服务流程与标准/)).toEqual([raw.handbook.length]);
    expect(figure(/(\d+) 个应急预案/)).toEqual([raw.emergencies.length]);
    expect(figure(/(\d+) 个岗位/)).toEqual([raw.roles.length]);
    expect(figure(/(\d+) 个口语词/)).toEqual([Object.keys(aliasesFileSchema.parse(raw.aliases.data)).length]);
  });
  it('count the banks, questions, checklists and drills trainees get', () => {
    const questions = raw.quizzes.reduce((n, b) => n + (b.data as { questions: unknown[] }).questions.length, 0);
    expect(figure(/(\d+) 个题库 (\d+) 道题/)).toEqual([raw.quizzes.length, questions]);
    expect(figure(/(\d+) 张检查表/)).toEqual([raw.checklists.length]);
    expect(figure(/(\d+) 个应急演练/)).toEqual([raw.drills.length]);
  });
});
