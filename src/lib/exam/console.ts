/**
 * The trainer console's bookkeeping: which codes to accept, merging duplicates, re-scoring every
 * result against this site's own answer key, and grouping results by exam. A result accepted once
 * keeps the score the console gave it, so when the question banks change later the result stays
 * on the list, marked as graded on the earlier version, instead of disappearing.
 */
import { drawQuestions, examHash } from './assemble.ts';
import { drawnBefore } from './drawn-before.ts';
import { itemAnalysis, type ItemStats } from './analysis.ts';
import { decodeResult, type ResultPayload } from './result-code.ts';
import { scoreExam } from './score.ts';
import { verifyExam } from './signature.ts';
import type { ExamSpec } from './spec.ts';
import type { Question } from '../quiz/types.ts';
import type { ConsoleData, Graded } from '../storage/console-schema.ts';

export type RowStatus = 'current' | 'stale' | 'unverified';

export interface Row {
  key: string;
  name: string;
  number: string;
  role?: string;
  examId: string;
  examTitle: string;
  /** undefined: a result from before the console kept its scores, on a bank that has changed since */
  percent?: number;
  correct?: number;
  total: number;
  /** the exam's pass mark */
  pass: number;
  passed: boolean;
  durationMs: number;
  startedAt: number;
  submittedAt: number;
  /** the phone's own figure; differs from percent only if someone edited it */
  claimedPercent?: number;
  /** current: re-scored now; stale: graded on an earlier bank version; unverified: settings not provable */
  status: RowStatus;
  /** what the trainer should look at: a clock changed mid-exam, a hand-in time that cannot be, a draw the bank has moved past */
  notes: string[];
  /** when this console accepted the result: a certificate's date, whatever the phone's calendar said */
  acceptedAt?: number;
}
export interface ExamGroup {
  spec: ExamSpec;
  hash: string;
  /** the questions as this site draws them now; empty for a stale group */
  questions: Question[];
  rows: Row[];
  passRate: number;
  items: ItemStats[];
  stale: boolean;
}
export interface Rejected {
  code: string;
  error: string;
  /** the exam was signed on another console: the way out is moving that console here */
  move?: true;
}

/** Results one console keeps; past it a new result is refused with the reason, never one dropped. */
export const MAX_RESULTS = 20_000;

/** More than this is not a paste of result codes, and is refused before anything is parsed. */
export const MAX_PASTE_CHARS = 8_000_000;

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

/**
 * Everything in a paste that looks like the start of a result code, whole or not: a code cut
 * short when copying must be reported, not skipped.
 */
export function findCodeCandidates(text: string): string[] {
  return text.match(/WY\d*\.[A-Za-z0-9_.-]*/g) ?? [];
}

/** One result per exam version, candidate and submission time: importing it again changes nothing. */
export const resultKey = (p: ResultPayload) => `${p.hash}|${p.number}|${p.submittedAt}`;

/** Banks an exam needs, loaded by the caller before the rest runs synchronously. */
export type Pool = (bankIds: string[]) => Question[];
type VersionCache = Map<string, { questions: Question[]; hash: string }>;

export function checkVersion(p: ResultPayload, pool: Pool, cache: VersionCache = new Map()) {
  const id = JSON.stringify(p.spec);
  let own = cache.get(id);
  if (!own) {
    const questions = drawQuestions(p.spec, pool(p.spec.banks));
    own = { questions, hash: examHash(p.spec, questions) };
    cache.set(id, own);
  }
  if (own.hash === p.hash && own.questions.length === p.spec.count) return { ...own, ok: true };
  // A bank that gained questions since this exam was drawn: score the questions the trainee was
  // drawn, provided those are still here with the same keys and the draw holds up.
  if (p.skipped) {
    const drawn = drawnBefore(p.spec, pool(p.spec.banks), [...Object.keys(p.answers), ...p.skipped]);
    if (drawn && examHash(p.spec, drawn) === p.hash) return { questions: drawn, hash: p.hash, ok: true, earlier: true };
  }
  return { ...own, ok: false };
}

export interface Trust {
  presets: ExamSpec[];
  /** this console's signing key first, then keys imported from the trainer's other consoles */
  keys: string[];
}

/** verifyExam for many codes of few exams: each distinct exam is checked once. */
function verifier(trust: Trust) {
  const seen = new Map<string, ReturnType<typeof verifyExam>>();
  return (p: ResultPayload) => {
    const k = JSON.stringify([p.spec, p.sig ?? '']);
    let v = seen.get(k);
    if (!v) seen.set(k, (v = verifyExam(p.spec, p.sig, trust.presets, trust.keys)));
    return v;
  };
}

/**
 * Splits pasted codes into accepted results and rejections, each rejection with its reason. A
 * result is accepted only for an exam the console can verify and score on this site's questions;
 * its score is then fixed as `graded`, never taken from the phone.
 */
export async function acceptCodes(codes: string[], pool: Pool, trust: Trust, known: Set<string> = new Set(), now = Date.now(), room = MAX_RESULTS - known.size) {
  const cache: VersionCache = new Map();
  const verify = verifier(trust);
  const accepted: { code: string; payload: ResultPayload; graded: Graded }[] = [];
  const rejected: Rejected[] = [];
  let duplicates = 0;
  const seen = new Set(known);
  for (const code of codes) {
    const d = decodeCached(code);
    if (!d.ok) {
      rejected.push({ code, error: d.error });
      continue;
    }
    const p = d.value;
    const v = await verify(p);
    if (!v.ok) {
      rejected.push({ code, error: v.error, ...(v.move ? { move: v.move } : {}) });
      continue;
    }
    const own = checkVersion(p, pool, cache);
    if (!own.ok) {
      rejected.push({ code, error: `「${p.spec.title}」的题目与本站当前版本不一致（另一套考试或题库已更新），不能计分` });
      continue;
    }
    const k = resultKey(p);
    if (seen.has(k)) {
      duplicates++;
      continue;
    }
    if (accepted.length >= room) {
      rejected.push({ code, error: `考核台已存满 ${MAX_RESULTS} 份结果，这份没有收：先「备份考核台」并导出 CSV，再换一台电脑或另一个浏览器收新结果` });
      continue;
    }
    seen.add(k);
    const s = scoreExam(own.questions, p.answers, p.spec.pass);
    accepted.push({ code, payload: p, graded: { hash: p.hash, percent: s.percent, correct: s.correct, total: s.total, passed: s.passed, by: v.by, at: now } });
  }
  return { accepted, rejected, duplicates };
}

/** Slack for clocks that are merely a little off. */
const TIME_SLACK_MS = 10 * 60_000;

/**
 * Times a phone reported that the trainer should see: the clock changed during the exam, or a
 * hand-in that cannot have happened (before the start, after the console received it, or longer
 * than the exam). Shown beside the result, never graded.
 */
export function timeNotes(p: ResultPayload, receivedAt: number): string[] {
  const notes: string[] = [];
  if (p.clockWentBack) notes.push('考试中手机时间被调回');
  if (p.clockJumped) notes.push('考试中手机时间被调快');
  if (p.submittedAt < p.startedAt) notes.push('交卷时间早于开始时间');
  if (p.submittedAt > receivedAt + TIME_SLACK_MS) notes.push('交卷时间晚于收到结果的时间（手机日期不对）');
  if (p.submittedAt - p.startedAt > p.spec.minutes * 60_000 + TIME_SLACK_MS) notes.push('用时超过考试时长');
  return notes;
}

/** Said beside a result scored on a draw the bank has since moved past (see drawnBefore). */
export const DRAWN_EARLIER = '出卷后题库加了题：按考生当时抽到的题计分';

/** The console's store with newly accepted results added: nothing it holds is dropped or doubled. */
export function withAccepted(data: ConsoleData, accepted: { code: string; payload: ResultPayload; graded: Graded }[]): ConsoleData {
  const have = new Set(data.codes);
  const fresh = accepted.filter((a) => !have.has(a.code));
  return { codes: [...data.codes, ...fresh.map((a) => a.code)], graded: { ...data.graded, ...Object.fromEntries(accepted.map((a) => [resultKey(a.payload), a.graded])) } };
}

function rowOf(p: ResultPayload, status: RowStatus, s: { percent?: number; correct?: number; total: number; passed: boolean }, acceptedAt: number | undefined, now: number, earlier = false): Row {
  return {
    key: resultKey(p),
    name: p.name,
    number: p.number,
    role: p.spec.role,
    examId: p.spec.id,
    examTitle: p.spec.title,
    pass: p.spec.pass,
    ...s,
    durationMs: Math.max(0, p.submittedAt - p.startedAt),
    startedAt: p.startedAt,
    submittedAt: p.submittedAt,
    claimedPercent: p.claimedPercent,
    status,
    notes: [...timeNotes(p, acceptedAt ?? now), ...(earlier ? [DRAWN_EARLIER] : [])],
    ...(acceptedAt !== undefined ? { acceptedAt } : {}),
  };
}

/**
 * Groups and scores stored results. On this site's current questions a result is scored again;
 * on changed questions it keeps the score it was graded with. A result stored before the console
 * graded at import and not verified since counts as unverified: shown, never passed.
 */
export function analyse(results: ResultPayload[], pool: Pool, graded: Record<string, Graded> = {}, now = Date.now()): ExamGroup[] {
  const cache: VersionCache = new Map();
  const groups = new Map<string, ExamGroup>();
  const byKey = new Map(results.map((r) => [resultKey(r), r]));
  for (const p of results) {
    const own = checkVersion(p, pool, cache);
    const g0 = graded[resultKey(p)];
    let g = groups.get(p.hash);
    if (!g) groups.set(p.hash, (g = { spec: p.spec, hash: p.hash, questions: own.ok ? own.questions : [], rows: [], passRate: 0, items: [], stale: !own.ok }));
    if (own.ok) {
      const s = scoreExam(own.questions, p.answers, p.spec.pass);
      g.rows.push(rowOf(p, g0 ? 'current' : 'unverified', { ...s, passed: !!g0 && s.passed }, g0?.at, now, 'earlier' in own));
    } else {
      g.rows.push(rowOf(p, 'stale', g0 ? { percent: g0.percent, correct: g0.correct, total: g0.total, passed: g0.passed } : { total: p.spec.count, passed: false }, g0?.at, now));
    }
  }
  for (const g of groups.values()) {
    // A phone cleared after handing in opens the exam again: the trainer sees every sitting of one staff number.
    const sittings = new Map<string, Row[]>();
    for (const r of g.rows) sittings.set(r.number, [...(sittings.get(r.number) ?? []), r]);
    for (const same of sittings.values()) if (same.length > 1) same.sort((a, b) => a.submittedAt - b.submittedAt).forEach((r, i) => r.notes.push(`同一工号交了 ${same.length} 次，这是第 ${i + 1} 次`));
    g.passRate = g.rows.length ? g.rows.filter((r) => r.passed).length / g.rows.length : 0;
    if (!g.stale)
      g.items = itemAnalysis(
        g.questions,
        g.rows.map((r) => ({ answers: byKey.get(r.key)!.answers, percent: r.percent ?? 0 })),
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
