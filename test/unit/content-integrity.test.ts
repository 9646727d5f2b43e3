import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { pastedRuns, seedGrams } from '../../src/schemas/paste-check.ts';
import { scanPasted } from '../../src/schemas/paste-scan.ts';
import { formatIssue } from '../../src/schemas/issue.ts';
import { readContent } from '../../src/schemas/read-content.ts';
import { aliasesFileSchema } from '../../src/schemas/site.ts';

const SEEDS = process.env.SEEDS_DIR ?? join('..', 'shared', 'seeds');
const { raw } = readContent('.');

describe('handbook content', () => {
  it('has at least 20 emergency plans, including the ones the old-community proposal lists', () => {
    const ids = raw.emergencies.map((e) => e.id);
    expect(ids.length).toBeGreaterThanOrEqual(20);
    for (const id of [
      'typhoon-flood',
      'snow-freeze',
      'earthquake',
      'epidemic',
      'public-health',
      'fire',
      'electric-shock',
      'food-poisoning',
      'heat-stroke',
      'theft-robbery',
      'fight',
      'drunk-mental',
      'power-cut',
      'water-cut',
      'lift-entrapment',
      'pipe-burst',
      'drain-overflow',
      'construction-accident',
      'gas-leak',
      'falling-objects',
      'group-complaint',
    ])
      expect(ids).toContain(id);
  });

  it('has at least 8 roles, the steward\u2019s day and an etiquette section', () => {
    expect(raw.roles.length).toBeGreaterThanOrEqual(8);
    expect(raw.day.map((d) => d.id)).toContain('steward-day');
    expect(raw.handbook.filter((h) => h.id.startsWith('etiquette/')).length).toBeGreaterThanOrEqual(5);
  });

  it('maps at least 150 colloquial terms to pages', () => {
    const aliases = aliasesFileSchema.parse(raw.aliases.data);
    const withPage = Object.values(aliases).filter((a) => a.page);
    expect(withPage.length).toBeGreaterThanOrEqual(150);
  });

  it('gives every plan a record sheet and an escalation chain', () => {
    for (const e of raw.emergencies) {
      const d = e.data as { record: string[]; escalation: string[] };
      expect(d.record.join(''), e.file).toContain('紧急事件处理记录表');
      expect(d.escalation.length, e.file).toBeGreaterThanOrEqual(2);
    }
  });
});

describe.runIf(existsSync(SEEDS))('no sentence pasted from the seed documents', () => {
  it('has no run of 24 or more characters identical to a seed, punctuation and width ignored', () => {
    expect((scanPasted('.', SEEDS) ?? ['no seeds']).map((h) => (typeof h === 'string' ? h : formatIssue(h)))).toEqual([]);
  });

  it('detects a pasted sentence even with its punctuation and width changed', () => {
    const seed = readFileSync(join(SEEDS, '002_adf6f7f11168b2ab.txt'), 'utf8');
    const grams = seedGrams([seed]);
    const sentence = seed.replace(/\s+/g, '').slice(2000, 2030);
    expect(pastedRuns(`我们写的：${sentence}。`, grams)).toHaveLength(1);
    // brackets, commas, spaces and full-width forms swapped in
    const disguised = [...sentence]
      .map((ch, i) => (i % 5 === 4 ? `${ch}，` : ch))
      .join(' ')
      .replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    expect(pastedRuns(`（${disguised}）`, grams)).toHaveLength(1);
    expect(pastedRuns('保洁员须在5分钟内清理大门20米内的垃圾', grams)).toEqual([]);
  });
});

describe('question banks', () => {
  const questions = raw.quizzes.flatMap((b) => (b.data as { questions: { type: string; tags: string[] }[] }).questions);
  it('hold at least 300 questions of all seven types', () => {
    expect(questions.length).toBeGreaterThanOrEqual(300);
    expect(new Set(questions.map((q) => q.type))).toEqual(new Set(['single', 'multiple', 'truefalse', 'order', 'number', 'match', 'scenario']));
  });
  it('cover every role and every emergency plan', () => {
    for (const r of raw.roles)
      expect(
        questions.some((q) => q.tags.includes(r.id)),
        r.id,
      ).toBe(true);
    const sources = raw.quizzes.flatMap((b) => (b.data as { questions: { source: string; plan?: string }[] }).questions.map((q) => q.plan ?? q.source.split('#')[0].replace('emergency/', '')));
    for (const p of raw.emergencies) expect(sources, p.id).toContain(p.id);
  });
  it('ask about every time limit written in the handbook', () => {
    const asked = new Set(raw.quizzes.flatMap((b) => (b.data as { questions: { source: string }[] }).questions.map((q) => q.source.split('#')[0])));
    const pagesWithLimits = raw.handbook.filter((h) => ((h.data as { timeLimits?: unknown[] }).timeLimits ?? []).length > 0).map((h) => `handbook/${h.id}`);
    expect(pagesWithLimits.filter((p) => !asked.has(p))).toEqual([]);
  });
});

describe('test fixtures', () => {
  it('list facts and queries only for pages that exist', () => {
    const pages = new Set([
      ...raw.handbook.map((e) => `handbook/${e.id}`),
      ...raw.emergencies.map((e) => `emergency/${e.id}`),
      ...raw.roles.map((e) => `roles/${e.id}`),
      ...raw.day.map((e) => `day/${e.id}`),
    ]);
    for (const dir of ['test/fixtures/facts', 'test/fixtures/search']) {
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.yaml'))) {
        for (const item of parse(readFileSync(join(dir, f), 'utf8')) as { page: string }[]) expect(pages, `${f}: ${item.page}`).toContain(item.page);
      }
    }
  });
});
