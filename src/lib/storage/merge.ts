/**
 * Merging an imported backup into what this phone already has. Nothing present is ever lost:
 * lists are unioned, per-item records keep the newer one.
 */
import type { Cards, Checklists, Drills, ExamSitting, Incidents, Progress, Settings, Sittings } from './schemas.ts';

/** Own entries without keys that would reach Object.prototype when assigned back. */
const entries = <T>(o: Record<string, T>): [string, T][] => Object.entries(o).filter(([k]) => k !== '__proto__' && k !== 'constructor' && k !== 'prototype');

const byKey = <T>(items: T[], key: (t: T) => string): T[] => [...new Map(items.map((t) => [key(t), t])).values()];

export function mergeProgress(a: Progress, b: Progress): Progress {
  const quiz: Progress['quiz'] = { ...a.quiz };
  for (const [bank, v] of entries(b.quiz)) {
    const attempts = byKey([...(quiz[bank]?.attempts ?? []), ...v.attempts], (x) => `${x.at}:${x.correct}:${x.total}`).sort((x, y) => x.at - y.at);
    quiz[bank] = { attempts };
  }
  const answers: Progress['answers'] = { ...a.answers };
  for (const [q, v] of entries(b.answers)) {
    const mine = answers[q];
    if (!mine) answers[q] = v;
    else {
      const newer = v.at > mine.at ? v : mine;
      answers[q] = { ...newer, wrongCount: Math.max(mine.wrongCount, v.wrongCount) };
    }
  }
  const reads: Progress['reads'] = { ...a.reads };
  for (const [ref, at] of entries(b.reads)) reads[ref] = Math.max(reads[ref] ?? 0, at);
  return { quiz, answers, reads };
}

export function mergeCards(a: Cards, b: Cards): Cards {
  const out: Cards = { ...a };
  for (const [id, card] of entries(b)) {
    const mine = out[id];
    if (!mine || (card.last_review ?? 0) > (mine.last_review ?? 0)) out[id] = card;
  }
  return out;
}

export function mergeChecklists(a: Checklists, b: Checklists): Checklists {
  const out: Checklists = { ...a };
  for (const [id, v] of entries(b)) {
    const mine = out[id];
    const history = byKey([...(mine?.history ?? []), ...v.history], (r) => `${r.period}:${r.savedAt}`).sort((x, y) => x.savedAt - y.savedAt);
    out[id] = { current: mine?.current ?? v.current, history };
  }
  return out;
}

export function mergeDrills(a: Drills, b: Drills): Drills {
  const out: Drills = { ...a };
  for (const [id, v] of entries(b)) {
    const attempts = byKey([...(out[id]?.attempts ?? []), ...v.attempts], (x) => `${x.at}`).sort((x, y) => x.at - y.at);
    out[id] = { attempts };
  }
  return out;
}

/** Settings on this phone win; an import only fills what is unset. */
export function mergeSettings(a: Settings, b: Settings): Settings {
  const out: Settings = { ...a, role: a.role ?? b.role };
  if (out.readRate === undefined && b.readRate !== undefined) out.readRate = b.readRate;
  return out;
}

/**
 * Exam sittings: a handed-in sitting always wins, so restoring an older backup can never reopen an
 * exam; between two open ones, the one that has seen the later time (and so the most answers).
 */
export function mergeSittings(a: Sittings, b: Sittings): Sittings {
  const out: Sittings = { ...a };
  const rank = (s: ExamSitting) => [s.submittedAt ? 1 : 0, s.lastSeenAt ?? s.startedAt, Object.keys(s.answers).length];
  const later = (x: ExamSitting, y: ExamSitting) => {
    const [p, q] = [rank(x), rank(y)];
    for (let i = 0; i < p.length; i++) if (p[i] !== q[i]) return p[i] > q[i];
    return false;
  };
  for (const [key, s] of entries(b)) {
    const mine = out[key];
    if (!mine || later(s, mine)) out[key] = s;
  }
  return out;
}

/** Incidents from both phones are kept; the same incident on both keeps its latest version. */
export function mergeIncidents(a: Incidents, b: Incidents): Incidents {
  const out: Incidents = { ...a };
  for (const [id, inc] of entries(b)) {
    const mine = out[id];
    if (!mine || inc.updatedAt > mine.updatedAt) out[id] = inc;
  }
  return out;
}
