import { describe, expect, it } from 'vitest';
import { mineFirst, practiceLog } from '../../src/lib/practice-log.ts';
import type { Checklists, Drills, Progress } from '../../src/lib/storage/schemas.ts';

const run = (period: string, savedAt: number, by: string) => ({ period, savedAt, by, ticks: {} });

describe('practiceLog', () => {
  const progress: Progress = {
    quiz: {
      cleaning: {
        attempts: [
          { at: 100, correct: 7, total: 10 },
          { at: 400, correct: 9, total: 10 },
        ],
      },
      safety: { attempts: [{ at: 250, correct: 5, total: 5 }] },
    },
    answers: {},
    reads: {},
  };
  const drills: Drills = { 'gas-smell': { attempts: [{ at: 300, score: 80, passed: true }] }, 'flat-fire': { attempts: [{ at: 50, score: 40, passed: false }] } };
  const checklists: Checklists = { 'patrol-shift': { history: [run('2026-12-01-白班', 350, '孙'), run('2026-11-30-夜班', 200, '李')] } };

  it('lists quizzes, drills and checklists together, newest first', () => {
    const log = practiceLog({ progress, drills, checklists });
    expect(log.map((e) => e.at)).toEqual([400, 350, 300, 250, 200, 100, 50]);
    expect(log.map((e) => e.kind)).toEqual(['quiz', 'checklist', 'drill', 'quiz', 'checklist', 'quiz', 'drill']);
    expect(log[1]).toEqual({ kind: 'checklist', at: 350, checklist: 'patrol-shift', period: '2026-12-01-白班', by: '孙' });
  });
  it('keeps the newest when there are more than the limit', () => {
    expect(practiceLog({ progress, drills, checklists }, 3).map((e) => e.at)).toEqual([400, 350, 300]);
    expect(practiceLog({ progress: { quiz: {}, answers: {}, reads: {} }, drills: {}, checklists: {} })).toEqual([]);
  });
});

describe('mineFirst', () => {
  const roles = ['steward', 'cleaner', 'engineer', 'security', 'greening'].map((role) => ({ role }));
  it('puts the chosen role first and keeps the others in order', () => {
    expect(mineFirst(roles, 'security').map((r) => r.role)).toEqual(['security', 'steward', 'cleaner', 'engineer', 'greening']);
  });
  it('leaves the list alone when no role (or an unknown one) is chosen', () => {
    expect(mineFirst(roles, undefined)).toEqual(roles);
    expect(mineFirst(roles, 'gone')).toEqual(roles);
  });
});
