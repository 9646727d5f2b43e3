/**
 * Moving a trainer console to another computer (or handing it to a colleague) in one step: its
 * signing keys, every accepted result with the score it was given, and the staff list travel in
 * one file, and are merged into the console that reads it. Merging never loses a result and never
 * counts one twice, however often the same file is read, in whichever order two consoles trade.
 * The older 「备份考核台」 text (WYKEY lines and result codes) reads as a move without a list.
 */
import { gradedSchema, parseConsole, parseTrainer, type ConsoleData, type Graded, type TrainerData } from '../storage/console-schema.ts';
import { parseRoster, type Person, type Roster } from '../storage/roster-schema.ts';
import { keyLines, withoutKeyLines } from './key-lines.ts';
import { MAX_TRUSTED_KEYS } from './keys.ts';

export const MOVE_APP = 'wuye-console';
export const MOVE_VERSION = 1;
/** A console of 20,000 results is some 30 MB of text; far past that is not a console file. */
const MAX_FILE_CHARS = 80_000_000;
const MAX_RESULTS = 20_000;

export interface ConsoleState {
  trainer: TrainerData;
  console: ConsoleData;
  roster?: Roster;
}

export function exportConsole(state: ConsoleState, now = Date.now()): string {
  return JSON.stringify({ app: MOVE_APP, version: MOVE_VERSION, exportedAt: new Date(now).toISOString(), ...state });
}

export type MoveRead = { ok: true; state: ConsoleState; legacy: boolean } | { ok: false; error: string };

/** A console file (or an older backup text) checked like any stored value. Never throws. */
export function readConsoleFile(text: string): MoveRead {
  if (text.length > MAX_FILE_CHARS) return { ok: false, error: '文件太大，不像是考核台文件' };
  const body = text.replace(/^\uFEFF/, '').trim();
  if (!body.startsWith('{')) {
    // 「备份考核台」's text: keys on WYKEY lines, then result codes
    const keys = keyLines(body);
    const codes = withoutKeyLines(body).match(/WY\d*\.[A-Za-z0-9_.-]+/g) ?? [];
    if (!keys.length && !codes.length) return { ok: false, error: '这不是考核台文件：里面没有出卷密钥，也没有结果码' };
    return { ok: true, legacy: true, state: { trainer: { keys, owners: {} }, console: { codes: [...new Set(codes)], graded: {} } } };
  }
  let doc: Record<string, unknown>;
  try {
    doc = JSON.parse(body) as Record<string, unknown>;
  } catch {
    return { ok: false, error: '文件读不出来（不是完整的考核台文件，可能没下载完）' };
  }
  if (doc?.app !== MOVE_APP) return { ok: false, error: doc?.app === 'wuye-handbook' ? '这是「我的」的学习记录备份，不是考核台文件：请到「我的」导入' : '这不是考核台文件' };
  if (doc.version !== MOVE_VERSION) return { ok: false, error: `考核台文件版本 ${String(doc.version)} 与本站（${MOVE_VERSION}）不一致，无法导入` };
  const t = parseTrainer(doc.trainer);
  const c = parseConsole(doc.console);
  const r = doc.roster === undefined ? undefined : parseRoster(doc.roster);
  if (!t.ok) return { ok: false, error: `文件里的出卷密钥格式不对（${t.error}）` };
  if (!c.ok) return { ok: false, error: `文件里的考核结果格式不对（${c.error}）` };
  if (r && !r.ok) return { ok: false, error: `文件里的人员名单格式不对（${r.error}）` };
  return { ok: true, legacy: false, state: { trainer: t.value, console: c.value, ...(r?.ok ? { roster: r.value } : {}) } };
}

/** Which of two gradings of one result stands: the first acceptance, so the order of merging never matters. */
function earlier(x: Graded, y: Graded): Graded {
  if (x.at !== y.at) return x.at < y.at ? x : y;
  const [a, b] = [JSON.stringify(x), JSON.stringify(y)];
  return a <= b ? x : y;
}

/**
 * Two consoles' results as one. A result is one exam version, staff number and hand-in time
 * (`keyOf`, the console's resultKey; null for a code that does not decode, kept as it is): the
 * same result in both, or twice in one, is kept once. Results past the console's limit are
 * counted in `over`, never put in place of one already there.
 */
export function mergeResults(a: ConsoleData, b: ConsoleData, keyOf: (code: string) => string | null, limit = MAX_RESULTS): { data: ConsoleData; added: number; over: number } {
  const seen = new Set<string>();
  const codes: string[] = [];
  let over = 0;
  let fromA = 0;
  [a.codes, b.codes].forEach((list, side) => {
    for (const code of list) {
      const k = keyOf(code) ?? `code:${code}`;
      if (seen.has(k)) continue;
      if (codes.length >= limit) {
        over++;
        continue;
      }
      seen.add(k);
      codes.push(code);
      if (side === 0) fromA++;
    }
  });
  const graded: Record<string, Graded> = {};
  for (const src of [a.graded, b.graded])
    for (const [k, g] of Object.entries(src)) {
      if (k === '__proto__' || !gradedSchema.safeParse(g).success) continue;
      graded[k] = graded[k] ? earlier(graded[k], g) : g;
    }
  return { data: { codes, graded }, added: codes.length - fromA, over };
}

/**
 * The moved console's keys taken in. A console that has no key of its own yet (a fresh browser)
 * takes the moved one as its own, so both computers sign alike; otherwise every moved key is
 * trusted, named after where it came from.
 */
export function mergeKeys(here: TrainerData, moved: TrainerData, from: string, now: number): { data: TrainerData; added: number; refused: number } {
  if (!here.keys.length) return { data: { keys: [...moved.keys], owners: { ...moved.owners } }, added: moved.keys.length, refused: 0 };
  const fresh = moved.keys.filter((k) => !here.keys.includes(k));
  const room = Math.max(0, MAX_TRUSTED_KEYS - (here.keys.length - 1));
  const taken = fresh.slice(0, room);
  const owners = { ...here.owners };
  for (const k of taken) owners[k] = moved.owners[k] ?? { name: from.slice(0, 40), at: now };
  return { data: { keys: [...here.keys, ...taken], owners }, added: taken.length, refused: fresh.length - taken.length };
}

const personKey = (p: Person) => (p.number ? `#${p.number}` : `${p.name}|${p.project}`);

/** The staff lists of two consoles: everyone once (by 工号, or name and project without one); this console's entry wins. */
export function mergeRosters(here: Roster, moved: Roster | undefined): { data: Roster; added: number } {
  if (!moved) return { data: here, added: 0 };
  const have = new Set(here.people.map(personKey));
  const fresh = moved.people.filter((p) => !have.has(personKey(p)) && have.add(personKey(p)));
  // an empty console takes the moved one's overdue setting with its list
  return { data: { ...here, ...(here.people.length ? {} : { overdueDays: moved.overdueDays }), people: [...here.people, ...fresh] }, added: fresh.length };
}
