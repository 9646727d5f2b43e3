/** CSV that Excel opens correctly with Chinese, and xAPI statements for a company LRS. */
import { passLabel } from '../labels.ts';

/** Cells that start like a formula are prefixed, so a name like "=1+1" stays text in Excel. */
function cell(v: string | number | boolean | undefined): string {
  let s = v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: string[], rows: (string | number | boolean | undefined)[][]): string {
  // UTF-8 BOM + CRLF: what Excel needs to read Chinese without mojibake.
  return '\uFEFF' + [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

export interface XapiInput {
  site: string;
  examId: string;
  examTitle: string;
  name: string;
  number: string;
  correct: number;
  total: number;
  passed: boolean;
  startedAt: number;
  submittedAt: number;
}

function isoDuration(ms: number): string {
  return `PT${Math.max(0, Math.round(ms / 1000))}S`;
}

export function xapiStatement(r: XapiInput) {
  const verb = r.passed ? 'passed' : 'failed';
  return {
    actor: { objectType: 'Agent', name: r.name, account: { homePage: r.site, name: r.number } },
    verb: { id: `http://adlnet.gov/expapi/verbs/${verb}`, display: { 'zh-CN': passLabel(r.passed), 'en-US': verb } },
    object: {
      objectType: 'Activity',
      id: `${r.site.replace(/\/$/, '')}/assess/exam/${encodeURIComponent(r.examId)}`,
      definition: { name: { 'zh-CN': r.examTitle }, type: 'http://adlnet.gov/expapi/activities/assessment' },
    },
    result: {
      score: { raw: r.correct, min: 0, max: r.total, scaled: r.total ? Math.round((r.correct / r.total) * 1000) / 1000 : 0 },
      success: r.passed,
      completion: true,
      duration: isoDuration(r.submittedAt - r.startedAt),
    },
    timestamp: new Date(r.submittedAt).toISOString(),
  };
}
