/**
 * The trainer console's bookkeeping: which codes to accept, merging duplicates, re-scoring every
 * result against this site's own answer key, and grouping results by exam.
 */
import { examHash, drawQuestions } from './assemble.ts';
import { itemAnalysis, type ItemStats } from './analysis.ts';
import { decodeResult, type ResultPayload } from './result-code.ts';
import { scoreExam } from './score.ts';
import type { ExamSpec } from './spec.ts';
import type { Question } from '../quiz/types.ts';

export interface Row {
  key: string;
  name: string;
  number: string;
  role?: string;
  examId: string;
  examTitle: string;
  percent: number;
  correct: number;
  total: number;
  passed: boolean;
  durationMs: number;
  startedAt: number;
  submittedAt: number;
  /** the phone's own figure; differs from percent only if someone edited it */
  claimedPercent?: number;
}
export interface ExamGroup {
  spec: ExamSpec;
  hash: string;
  questions: Question[];
  rows: Row[];
  passRate: number;
  items: ItemStats[];
}
export interface Rejected {
  code: string;
  error: string;
}

const decoded = new Map<string, ReturnType<typeof decodeResult>>();
/**
 * Decoding (inflate + JSON + schema) is the slow part of a 2,000-result import, and the console
 * needs the same codes on import, on render and on reload; each code is decoded once.
 */
export function decodeCached(code: string) {
  let d = decoded.get(code);
  if (!d) decoded.set(code, (d = decodeResult(code)));
  return d;
}

/** One result per exam version, candidate and submission time: importing it again changes nothing. */
export const resultKey = (p: ResultPayload) => `${p.hash}|${p.number}|${p.submittedAt}`;

/** Banks an exam needs, loaded by the caller before the rest runs synchronously. */
export type Pool = (bankIds: string[]) => Question[];

export function checkVersion(p: ResultPayload, pool: Pool, cache = new Map<string, { questions: Question[]; hash: string }>()) {
  const id = JSON.stringify(p.spec);
  let own = cache.get(id);
  if (!own) {
    const questions = drawQuestions(p.spec, pool(p.spec.banks));
    own = { questions, hash: examHash(p.spec, questions) };
    cache.set(id, own);
  }
  return { ...own, ok: own.hash === p.hash && own.questions.length === p.spec.count };
}

/**
 * Splits pasted or stored codes into accepted results and rejections. Accepted results carry no
 * trust in the phone's score: `analyse` scores them again.
 */
export function acceptCodes(codes: string[], pool: Pool, known: Set<string> = new Set()) {
  const cache = new Map<string, { questions: Question[]; hash: string }>();
  const accepted: { code: string; payload: ResultPayload }[] = [];
  const rejected: Rejected[] = [];
  let duplicates = 0;
  const seen = new Set(known);
  for (const code of codes) {
    const d = decodeCached(code);
    if (!d.ok) {
      rejected.push({ code, error: d.error });
      continue;
    }
    if (!checkVersion(d.value, pool, cache).ok) {
      rejected.push({ code, error: `「${d.value.spec.title}」的题目与本站当前版本不一致（另一套考试或题库已更新），不能计分` });
      continue;
    }
    const k = resultKey(d.value);
    if (seen.has(k)) {
      duplicates++;
      continue;
    }
    seen.add(k);
    accepted.push({ code, payload: d.value });
  }
  return { accepted, rejected, duplicates };
}

export function analyse(results: ResultPayload[], pool: Pool): ExamGroup[] {
  const cache = new Map<string, { questions: Question[]; hash: string }>();
  const groups = new Map<string, ExamGroup>();
  for (const p of results) {
    const own = checkVersion(p, pool, cache);
    if (!own.ok) continue;
    let g = groups.get(p.hash);
    if (!g) groups.set(p.hash, (g = { spec: p.spec, hash: p.hash, questions: own.questions, rows: [], passRate: 0, items: [] }));
    const s = scoreExam(own.questions, p.answers, p.spec.pass);
    g.rows.push({
      key: resultKey(p),
      name: p.name,
      number: p.number,
      role: p.spec.role,
      examId: p.spec.id,
      examTitle: p.spec.title,
      percent: s.percent,
      correct: s.correct,
      total: s.total,
      passed: s.passed,
      durationMs: Math.max(0, p.submittedAt - p.startedAt),
      startedAt: p.startedAt,
      submittedAt: p.submittedAt,
      claimedPercent: p.claimedPercent,
    });
  }
  for (const g of groups.values()) {
    const byKey = new Map(results.map((r) => [resultKey(r), r]));
    g.passRate = g.rows.length ? g.rows.filter((r) => r.passed).length / g.rows.length : 0;
    g.items = itemAnalysis(
      g.questions,
      g.rows.map((r) => ({ answers: byKey.get(r.key)!.answers, percent: r.percent })),
    );
  }
  return [...groups.values()];
}

export type SortKey = 'name' | 'number' | 'role' | 'percent' | 'passed' | 'durationMs' | 'submittedAt';
export function sortRows(rows: Row[], key: SortKey, dir: 1 | -1): Row[] {
  return [...rows].sort((a, b) => {
    const x = a[key] ?? '';
    const y = b[key] ?? '';
    const c = typeof x === 'string' && typeof y === 'string' ? x.localeCompare(y, 'zh-CN') : Number(x) - Number(y);
    return c * dir || a.number.localeCompare(b.number);
  });
}

export function durationText(ms: number): string {
  const m = Math.floor(ms / 60000);
  const s = Math.round((ms % 60000) / 1000);
  return `${m}分${String(s).padStart(2, '0')}秒`;
}
