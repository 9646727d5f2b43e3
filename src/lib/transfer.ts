/**
 * Handing a record to another browser or phone. Inside WeChat a record stays in WeChat's storage:
 * 「在浏览器打开」 opens a browser that has none of it. A transfer is a backup of that one record
 * as a code (the same WYB1 code 我的 restores) inside a link whose #fragment carries it — the
 * fragment never reaches the server, and the record (names, phones) leaves only where it is sent.
 * Scanning the link's QR code with the other phone, or opening the copied link in the browser,
 * opens the record there; a record too long for one QR code goes by the copied code or link.
 */
import { decodeBackupCode, encodeBackupCode, QR_CHUNK } from './storage/backup-code.ts';
import type { AllData } from './storage/backup.ts';
import { BACKUP_APP, exportSections } from './storage/backup-format.ts';
import { parseChecklists, type Checklists } from './storage/checklists-schema.ts';
import { parseIncidents, type Incident, type Incidents } from './storage/incidents-schema.ts';

export const TAKE = '#take=';

export interface Transfer {
  code: string;
  link: string;
  /** the link fits one QR code a phone camera reads off a screen */
  fitsQr: boolean;
}

export function makeTransfer(data: Pick<AllData, 'incidents'> | Pick<AllData, 'checklists'>, pageUrl: string, now = Date.now()): Transfer {
  const code = encodeBackupCode(exportSections(data, now));
  const link = `${pageUrl}${TAKE}${code}`;
  return { code, link, fitsQr: link.length <= QR_CHUNK * 1.5 };
}

export type Taken = { ok: true; incidents?: Incidents; checklists?: Checklists } | { ok: false; error: string };

/** What a transfer link's fragment (or a pasted code) holds, checked like any import. Never throws. */
export function readTransfer(hashOrCode: string): Taken {
  let code = hashOrCode.startsWith(TAKE) ? hashOrCode.slice(TAKE.length) : hashOrCode;
  try {
    // a chat app may have percent-encoded the link on its way
    code = decodeURIComponent(code);
  } catch {
    /* left as it came: the code check below says what is wrong */
  }
  const d = decodeBackupCode(code);
  if (!d.ok) return { ok: false, error: `转来的记录打不开：${d.error}。请对方重新生成二维码或链接。` };
  try {
    const doc = JSON.parse(d.json) as { app?: unknown; data?: Record<string, unknown> };
    if (doc.app !== BACKUP_APP || !doc.data) return { ok: false, error: '转来的内容不是本站的记录' };
    const out: Taken = { ok: true };
    const parsers = { incidents: parseIncidents, checklists: parseChecklists };
    for (const s of ['incidents', 'checklists'] as const) {
      if (doc.data[s] === undefined) continue;
      const r = parsers[s](doc.data[s]);
      if (!r.ok) return { ok: false, error: `转来的记录格式不对（${r.error}）` };
      (out as Record<string, unknown>)[s] = r.value;
    }
    return out.incidents || out.checklists ? out : { ok: false, error: '转来的内容里没有记录' };
  } catch {
    return { ok: false, error: '转来的记录已损坏，无法读取' };
  }
}

/**
 * A run without its plan's wording (steps, record fields): the page that opens it has the same
 * plan and puts it back (refill), so the QR code carries only what happened — a whole run with
 * its plan text does not fit one code a phone reads off a screen.
 */
export const leanRun = (inc: Incident): Incident => ({ ...inc, steps: [], fields: [] });

export function refillRun(inc: Incident, plan: { id: string; steps: Incident['steps']; fields: string[] }): Incident {
  return inc.steps.length || inc.plan !== plan.id ? inc : { ...inc, steps: plan.steps, fields: plan.fields, answers: plan.fields.map((_, i) => inc.answers[i] ?? '') };
}

type ChecklistEntry = Checklists[string];

/**
 * A checklist handed over merged into what this phone has for it: every saved round from both
 * (the same round once), and the round in progress — the items answered on either phone, the
 * sender's answer where both answered — when both are on the same period; otherwise this phone's
 * own round stays and a sender's unfinished round of another period is not taken.
 */
export function mergeTakenChecklist(mine: ChecklistEntry | undefined, taken: ChecklistEntry): ChecklistEntry {
  if (!mine) return taken;
  const key = (r: { period: string; savedAt: number }) => `${r.period}|${r.savedAt}`;
  const have = new Set(mine.history.map(key));
  const history = [...mine.history, ...taken.history.filter((r) => !have.has(key(r)))].sort((a, b) => a.savedAt - b.savedAt);
  const a = mine.current;
  const b = taken.current;
  const current = !a ? b : b && a.period === b.period ? { period: a.period, ticks: { ...a.ticks, ...b.ticks } } : a;
  return { history, current };
}
