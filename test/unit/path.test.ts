import { describe, expect, it } from 'vitest';
import { pathStatus, type PathItem, type PathState } from '../../src/lib/path.ts';
import { emptyProgress } from '../../src/lib/storage/schemas.ts';
import { review } from '../../src/lib/cards.ts';

const items: PathItem[] = [
  { kind: 'read', ref: 'handbook/cleaning/garbage-retention', label: '垃圾滞留', href: '/' },
  { kind: 'quiz', ref: 'cleaning', label: '保洁题库', href: '/', pass: 80 },
  { kind: 'drill', ref: 'night-lift', label: '困梯演练', href: '/' },
  { kind: 'checklist', ref: 'cleaning-daily', label: '每日检查', href: '/' },
  { kind: 'cards', ref: 'cleaner', label: '应知应会', href: '/' },
];
const blank = (): PathState => ({ progress: emptyProgress(), cards: {}, checklists: {}, drills: {} });

describe('learning path', () => {
  it('starts at 0% with the first item next', () => {
    const r = pathStatus(items, blank(), { cleaner: ['a', 'b'] });
    expect(r.percent).toBe(0);
    expect(r.next?.kind).toBe('read');
  });

  it('counts each kind as done by its own rule', () => {
    const s = blank();
    s.progress.reads['handbook/cleaning/garbage-retention'] = 1;
    s.progress.quiz.cleaning = { attempts: [{ at: 1, correct: 7, total: 10 }] };
    s.drills['night-lift'] = { attempts: [{ at: 1, score: 90, passed: true }] };
    s.checklists['cleaning-daily'] = { history: [{ period: 'x', savedAt: 1, by: '张三', ticks: {} }] };
    s.cards.a = review(undefined, 'good', 0);
    const r = pathStatus(items, s, { cleaner: ['a', 'b'] });
    expect(r.items.map((i) => i.done)).toEqual([true, false, true, true, false]);
    expect(r.items[1].detail).toBe('最好 70 分（及格 80 分）');
    expect(r.items[4].detail).toBe('学过 1 / 2 张');
    expect(r.percent).toBe(60);
    expect(r.next?.kind).toBe('quiz');
  });

  it('passes a quiz at exactly the pass mark, and not an auto-archived checklist run', () => {
    const s = blank();
    s.progress.quiz.cleaning = { attempts: [{ at: 1, correct: 8, total: 10 }] };
    s.checklists['cleaning-daily'] = { history: [{ period: 'x', savedAt: 1, by: '', ticks: {} }] };
    const r = pathStatus(items, s, {});
    expect(r.items[1].done).toBe(true);
    expect(r.items[3].done).toBe(false);
  });
});
