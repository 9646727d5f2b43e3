/**
 * A role's onboarding path (read → quiz ≥ pass mark → drill → checklist → cards) and how far a
 * person has got, computed from what the browser has stored.
 */
import type { Cards, Checklists, Drills, Progress } from './storage/schemas.ts';

export interface PathItem {
  kind: 'read' | 'quiz' | 'drill' | 'checklist' | 'cards';
  ref: string;
  label: string;
  href: string;
  pass?: number;
}
export interface PathState {
  progress: Progress;
  cards: Cards;
  checklists: Checklists;
  drills: Drills;
}
export interface PathStatus extends PathItem {
  done: boolean;
  detail: string;
}

/** ids of the cards in each role's deck, so "cards" counts as done when every card has been seen */
export type DeckIds = Record<string, string[]>;

export function pathStatus(items: PathItem[], s: PathState, decks: DeckIds): { items: PathStatus[]; percent: number; next?: PathStatus } {
  const out = items.map((it): PathStatus => {
    switch (it.kind) {
      case 'read': {
        const at = s.progress.reads[it.ref];
        return { ...it, done: at !== undefined, detail: at ? '已读' : '未读' };
      }
      case 'quiz': {
        const pass = it.pass ?? 80;
        const attempts = s.progress.quiz[it.ref]?.attempts ?? [];
        const best = attempts.reduce((m, a) => Math.max(m, a.total ? (a.correct / a.total) * 100 : 0), -1);
        return { ...it, done: best >= pass, detail: best < 0 ? `未做（及格 ${pass} 分）` : `最好 ${Math.round(best)} 分（及格 ${pass} 分）` };
      }
      case 'drill': {
        const attempts = s.drills[it.ref]?.attempts ?? [];
        const passed = attempts.some((a) => a.passed);
        return { ...it, done: passed, detail: passed ? '已通过' : attempts.length ? `练了 ${attempts.length} 次，未通过` : '未练' };
      }
      case 'checklist': {
        const runs = s.checklists[it.ref]?.history.filter((r) => r.by) ?? [];
        return { ...it, done: runs.length > 0, detail: runs.length ? `已记录 ${runs.length} 次` : '未做' };
      }
      case 'cards': {
        const ids = decks[it.ref] ?? [];
        const seen = ids.filter((id) => s.cards[id]).length;
        return { ...it, done: ids.length > 0 && seen === ids.length, detail: `学过 ${seen} / ${ids.length} 张` };
      }
    }
  });
  const percent = out.length ? Math.round((out.filter((i) => i.done).length / out.length) * 100) : 0;
  return { items: out, percent, next: out.find((i) => !i.done) };
}
