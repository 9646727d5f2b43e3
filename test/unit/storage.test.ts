import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportBackup, importBackup, type AllData } from '../../src/lib/storage/backup.ts';
import { keyOf, memoryKV, readValue, writeValue, type KV } from '../../src/lib/storage/kv.ts';
import { defaultSettings, emptyProgress, parsers, type Checklists } from '../../src/lib/storage/schemas.ts';

const sample = (): AllData => ({
  progress: {
    quiz: { basics: { attempts: [{ at: 1000, correct: 8, total: 10 }] } },
    answers: { q1: { bank: 'basics', correct: false, at: 1000, wrongCount: 1 }, q2: { bank: 'basics', correct: true, at: 1000, wrongCount: 0 } },
    reads: { 'handbook/cleaning/garbage-retention': 900 },
  },
  cards: {},
  checklists: { patrol: { history: [{ period: '2026-11-24', savedAt: 5, by: '张三', ticks: { a: { done: true } } }] } },
  drills: {},
  settings: { role: 'security', largeText: true },
});

describe('reading stored values', () => {
  it('returns the stored value when it passes its check', () => {
    const kv = memoryKV({ [keyOf('progress')]: JSON.stringify(sample().progress) });
    const r = readValue(kv, 'progress', parsers.progress, emptyProgress);
    expect(r.notice).toBeUndefined();
    expect(r.value.answers.q1.wrongCount).toBe(1);
  });

  it('sets a corrupt value aside (not deleted), starts clean and says so in Chinese', () => {
    const kv = memoryKV({ [keyOf('progress')]: '{"quiz": 42' });
    const r = readValue(kv, 'progress', parsers.progress, emptyProgress, 777);
    expect(r.value).toEqual(emptyProgress());
    expect(r.notice?.kind).toBe('corrupt');
    expect(r.notice?.message).toMatch(/学习进度.*已损坏/);
    expect(kv.getItem('wuye:quarantine:progress:777')).toBe('{"quiz": 42');
    expect(kv.getItem(keyOf('progress'))).toBeNull();
  });

  it('treats valid JSON of the wrong shape as corrupt too', () => {
    const kv = memoryKV({ [keyOf('settings')]: JSON.stringify({ largeText: 'yes' }) });
    const r = readValue(kv, 'settings', parsers.settings, defaultSettings);
    expect(r.value).toEqual({ largeText: false });
    expect(r.notice?.message).toMatch(/largeText/);
  });

  it('keeps working in memory when storage throws', () => {
    const broken: KV = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {},
      keys: () => [],
    };
    const r = readValue(broken, 'progress', parsers.progress, emptyProgress);
    expect(r.value).toEqual(emptyProgress());
    expect(r.notice?.kind).toBe('unavailable');
    expect(writeValue(broken, 'progress', r.value)?.kind).toBe('full');
  });
});

describe('export and import', () => {
  it('round-trips everything through a backup file', () => {
    const empty: AllData = { progress: emptyProgress(), cards: {}, checklists: {}, drills: {}, settings: defaultSettings() };
    const r = importBackup(empty, exportBackup(sample()));
    expect(r.ok).toBe(true);
    expect(r.data.progress).toEqual(sample().progress);
    expect(r.data.checklists).toEqual(sample().checklists);
    expect(r.data.settings.role).toBe('security');
  });

  it('merges instead of overwriting: both phones\u2019 history survives', () => {
    const other = sample();
    other.progress.quiz.basics.attempts = [{ at: 2000, correct: 10, total: 10 }];
    other.progress.answers.q1 = { bank: 'basics', correct: true, at: 2000, wrongCount: 2 };
    other.checklists.patrol.history = [{ period: '2026-11-25', savedAt: 9, by: '李四', ticks: {} }];
    const r = importBackup(sample(), exportBackup(other));
    expect(r.data.progress.quiz.basics.attempts.map((a) => a.at)).toEqual([1000, 2000]);
    expect(r.data.progress.answers.q1).toEqual({ bank: 'basics', correct: true, at: 2000, wrongCount: 2 });
    expect(r.data.checklists.patrol.history.map((h) => h.by)).toEqual(['张三', '李四']);
  });

  it('imports the good sections of a partly damaged backup and reports the bad one', () => {
    const doc = JSON.parse(exportBackup(sample()));
    doc.data.cards = { x: { due: 'tomorrow' } };
    const current = { ...sample(), progress: emptyProgress() };
    const r = importBackup(current, JSON.stringify(doc));
    expect(r.merged).toContain('progress');
    expect(r.merged).not.toContain('cards');
    expect(r.problems.join()).toMatch(/应知应会卡.*格式不对/);
  });

  it('rejects other files with a clear Chinese reason and changes nothing', () => {
    const cur = sample();
    for (const [input, reason] of [
      ['not json', /无法读取/],
      ['{"app":"other"}', /缺少标识/],
      ['{"app":"wuye-handbook","version":99,"data":{}}', /版本/],
    ] as const) {
      const r = importBackup(cur, input);
      expect(r.ok).toBe(false);
      expect(r.problems[0]).toMatch(reason);
      expect(r.data).toBe(cur);
    }
  });

  it('never throws and never loses existing progress, whatever JSON is imported', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (junk) => {
        const cur = sample();
        const wrapped = fc.sample(fc.boolean(), 1)[0] ? junk : { app: 'wuye-handbook', version: 1, data: junk };
        const r = importBackup(cur, JSON.stringify(wrapped));
        expectKept(cur, r.data);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws and never loses existing progress, whatever bytes are imported', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const cur = sample();
        const r = importBackup(cur, bytes);
        expectKept(cur, r.data);
      }),
      { numRuns: 400 },
    );
  });

  it('survives sections shaped like the real thing but full of junk', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.dictionary(fc.string(), fc.jsonValue()), (quiz, answers) => {
        const cur = sample();
        const r = importBackup(cur, JSON.stringify({ app: 'wuye-handbook', version: 1, data: { progress: { quiz, answers }, checklists: quiz } }));
        expectKept(cur, r.data);
        expect(Object.getPrototypeOf(r.data.progress.answers)).toBe(Object.prototype);
      }),
      { numRuns: 300 },
    );
  });
});

/** Everything that was there before an import is still there (possibly with more beside it), and still valid. */
function expectKept(before: AllData, after: AllData) {
  for (const k of ['progress', 'cards', 'checklists', 'drills', 'settings'] as const) expect(parsers[k](after[k]).ok).toBe(true);
  expect(after.progress.quiz.basics.attempts).toEqual(expect.arrayContaining(before.progress.quiz.basics.attempts));
  expect(Object.keys(after.progress.answers)).toEqual(expect.arrayContaining(Object.keys(before.progress.answers)));
  expect(after.checklists.patrol.history).toEqual(expect.arrayContaining(before.checklists.patrol.history));
  expect(after.settings).toEqual(before.settings);
}

import { migrate, type Migration } from '../../src/lib/storage/migrate.ts';

describe('storage migration', () => {
  it('reads progress written before learning-path reads existed (the first shipped shape)', () => {
    const firstShape = { quiz: { basics: { attempts: [{ at: 1, correct: 1, total: 2 }] } }, answers: {} };
    const kv = memoryKV({ [keyOf('progress')]: JSON.stringify(firstShape) });
    const r = readValue(kv, 'progress', parsers.progress, emptyProgress);
    expect(r.notice).toBeUndefined();
    expect(r.value).toEqual({ ...firstShape, reads: {} });
  });

  // A format change as the runner will see one: version 1 → 2 renames a field.
  const renameLargeText: Migration = {
    from: 1,
    convert: (name, v) => (name === 'settings' ? { bigText: (v as { largeText: boolean }).largeText } : v),
  };

  it('moves every value of an older version forward, converting it, and keeps the old value aside', () => {
    const kv = memoryKV({ 'wuye:v1:settings': '{"largeText":true}', 'wuye:v1:progress': '{"quiz":{},"answers":{}}', 'other-app': 'x' });
    const r = migrate(kv, [renameLargeText], 2, 99);
    expect(r).toEqual({ moved: 2, failed: [] });
    expect(JSON.parse(kv.getItem('wuye:v2:settings')!)).toEqual({ bigText: true });
    expect(JSON.parse(kv.getItem('wuye:v2:progress')!)).toEqual({ quiz: {}, answers: {} });
    expect(kv.getItem('wuye:v1:settings')).toBeNull();
    expect(kv.getItem('wuye:quarantine:v1-settings:99')).toBe('{"largeText":true}');
    expect(kv.getItem('other-app')).toBe('x');
  });

  it('never overwrites a value the new version already has, and is a no-op when run again', () => {
    const kv = memoryKV({ 'wuye:v1:settings': '{"largeText":true}', 'wuye:v2:settings': '{"bigText":false}' });
    migrate(kv, [renameLargeText], 2, 1);
    expect(JSON.parse(kv.getItem('wuye:v2:settings')!)).toEqual({ bigText: false });
    expect(migrate(kv, [renameLargeText], 2, 2)).toEqual({ moved: 0, failed: [] });
  });

  it('leaves an old value it cannot read where it was, and still moves the rest', () => {
    const kv = memoryKV({ 'wuye:v1:settings': '{broken', 'wuye:v1:cards': '{}' });
    const r = migrate(kv, [renameLargeText], 2, 5);
    expect(r.failed).toEqual(['wuye:v1:settings']);
    expect(kv.getItem('wuye:v2:cards')).toBe('{}');
    expect(kv.getItem('wuye:v1:settings')).toBe('{broken');
  });

  it('does nothing at the current version', () => {
    const kv = memoryKV({ [keyOf('settings')]: '{"largeText":true}' });
    expect(migrate(kv)).toEqual({ moved: 0, failed: [] });
    expect(kv.getItem(keyOf('settings'))).toBe('{"largeText":true}');
  });
});

describe('a damaged stored value loses only its damaged records', () => {
  const fiftyOne = () => {
    const p = sample().progress;
    for (let i = 0; i < 50; i++) p.answers[`g${i}`] = { bank: 'basics', correct: true, at: 1000 + i, wrongCount: 0 };
    (p.answers as Record<string, unknown>).bad = { bank: 'basics', correct: 'maybe', at: -1 };
    return p;
  };
  it('keeps the 51 good answers, sets the whole original aside and says how many were dropped', () => {
    const original = JSON.stringify(fiftyOne());
    const kv = memoryKV({ [keyOf('progress')]: original });
    const r = readValue(kv, 'progress', parsers.progress, emptyProgress, 555);
    expect(Object.keys(r.value.answers)).toHaveLength(52);
    expect(r.value.answers.bad).toBeUndefined();
    expect(r.value.quiz.basics.attempts).toHaveLength(1);
    expect(r.notice?.message).toMatch(/有 1 条记录已损坏.*其余记录照常使用/);
    expect(kv.getItem('wuye:quarantine:progress:555')).toBe(original);
    expect(JSON.parse(kv.getItem(keyOf('progress'))!).answers.g7.at).toBe(1007);
  });
  it('drops one bad checklist run and keeps the rest of its history', () => {
    const c = sample().checklists;
    c.patrol.history.push({ period: '', savedAt: -5, by: '王五', ticks: {} });
    const r = readValue(memoryKV({ [keyOf('checklists')]: JSON.stringify(c) }), 'checklists', parsers.checklists, (): Checklists => ({}));
    expect(r.value.patrol.history.map((h) => h.by)).toEqual(['张三']);
  });
  it('never writes over a damaged value it could not copy aside (storage full), and says so', () => {
    const original = JSON.stringify(fiftyOne());
    const store = memoryKV({ [keyOf('progress')]: original });
    const full: KV = {
      ...store,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const r = readValue(full, 'progress', parsers.progress, emptyProgress, 1);
    expect(r.keepOriginal).toBe(true);
    expect(r.notice?.message).toMatch(/没能另存备份：原数据原样保留/);
    expect(r.notice?.message).not.toMatch(/已另存备份/);
    expect(store.getItem(keyOf('progress'))).toBe(original);
    expect(store.keys().filter((k) => k.includes('quarantine'))).toEqual([]);
  });
});

import { restoreSetAside, setAsideEntries } from '../../src/lib/storage/set-aside.ts';

describe('values set aside, listed and restored on 我的', () => {
  it('lists set-aside values newest first, from a damaged read or an old format', () => {
    const list = setAsideEntries(['wuye:quarantine:progress:100', 'wuye:quarantine:v1-settings:200', 'wuye:v1:progress', 'wuye:quarantine:exams:50', 'wuye:quarantine:console:40']);
    expect(list.map((e) => [e.name, e.at, e.label, e.restorable])).toEqual([
      ['settings', 200, '设置', true],
      ['progress', 100, '学习进度', true],
      ['exams', 50, '考试作答', true],
      ['console', 40, '考核结果', true],
    ]);
  });
  it('merges the records that still pass their check back in, keeping what is there now', () => {
    const now: AllData = { progress: emptyProgress(), cards: {}, checklists: {}, drills: {}, settings: defaultSettings() };
    now.progress.answers.fresh = { bank: 'basics', correct: true, at: 5, wrongCount: 0 };
    const good = sample().progress;
    const damaged = { ...good, answers: { ...good.answers, broken: { bank: 1 } } };
    const r = restoreSetAside(now, 'progress', JSON.stringify(damaged));
    expect('data' in r && Object.keys(r.data.progress.answers).sort()).toEqual(['fresh', 'q1', 'q2']);
    expect('data' in r && r.dropped).toBe(1);
    expect(restoreSetAside(now, 'progress', '{oops')).toEqual({ error: expect.stringMatching(/不是有效数据/) });
  });
});

import { parseSettings } from '../../src/lib/storage/settings-schema.ts';

describe('a stored value that fails its check', () => {
  it('is explained in Chinese, never in zod\u2019s English', () => {
    const r = parseSettings({ largeText: 'yes' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    // the field's own name stays as stored; what is wrong with it is said in Chinese
    expect(r.error).toBe('largeText：格式不对');
  });
});
