/**
 * How large a plan's wall card (上墙版) can print: the largest of the type steps fit-0 … fit-8 in
 * wallcard.css (steps at 12 pt × 1.00 … 1.40) whose sheet still fits one A4 page. There is no
 * browser at build time, so the sheet's height is estimated from its text: lines per paragraph
 * from the width of its characters (a Chinese character is one em, a digit or Latin letter about
 * half), paragraphs per column, and the sizes wallcard.css gives each part. The estimate keeps a
 * margin; e2e tests print every plan's card and check it fills one page and no more.
 */
import { contactLabel, NO_NUMBER } from './project/resolve.ts';

export interface WallCardText {
  title: string;
  /** the plan's contacts as this project resolves them */
  contacts: { name: string; kind: string; phone?: string; how?: string; note?: string }[];
  firstActions: string[];
  steps: { badges: string[]; action: string }[];
  never: string[];
  /** a demo project's build prints 示例数据 under the title */
  demo: boolean;
}

/** wallcard.css's multipliers for fit-0 … fit-8 */
export const FIT_SCALES = [1, 1.05, 1.1, 1.15, 1.2, 1.25, 1.3, 1.35, 1.4] as const;

const PX_PER_PT = 96 / 72;
const PX_PER_MM = 96 / 25.4;
/** A4 less the 9 mm margins of @page */
const PAGE = { width: 192 * PX_PER_MM, height: 279 * PX_PER_MM };
/** the share of the page the estimate may fill: it is an estimate (columns break where a step will not split, and numbers never break) */
const SAFE = 0.9;

/** Width of a text in em: Chinese characters and full-width punctuation 1, ASCII about 0.55. */
export function emWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) < 0x2000 ? 0.55 : 1;
  return w;
}
const lines = (text: string, sizePx: number, widthPx: number, leadEm = 0) => Math.max(1, Math.ceil(((emWidth(text) + leadEm) * sizePx) / widthPx));

/** Estimated height in px of the sheet at one scale. */
export function sheetHeight(t: WallCardText, scale: number): number {
  const body = 12 * PX_PER_PT * scale;
  const lh = 1.3;
  const h2 = 12.5 * PX_PER_PT * scale * 1.5 + 1.8 * PX_PER_MM;

  // title, kicker and the demo note beside a 21 mm code
  const titleLines = lines(t.title, 24 * PX_PER_PT, PAGE.width - 25 * PX_PER_MM);
  const header = Math.max(21 * PX_PER_MM + 14, 17 + titleLines * 24 * PX_PER_PT * 1.2 + (t.demo ? 30 : 0));

  // the numbers: boxes as wide as their number, wrapped into rows
  const boxes = t.contacts.map((c) => {
    const num = c.phone ? emWidth(c.phone) * 18 * PX_PER_PT * 1.02 + 6 * PX_PER_MM : 24 * PX_PER_MM;
    return { width: num, c };
  });
  const rows: (typeof boxes)[] = [];
  let used = Infinity;
  for (const b of boxes) {
    if (used + b.width > PAGE.width) {
      rows.push([]);
      used = 0;
    }
    rows[rows.length - 1].push(b);
    used += b.width + 1.5 * PX_PER_MM;
  }
  const phones = rows.reduce((sum, row) => {
    const share = (PAGE.width - (row.length - 1) * 1.5 * PX_PER_MM) / Math.max(row.length, boxes.length <= 4 ? row.length : 4);
    const tallest = Math.max(
      ...row.map(({ width, c }) => {
        const w = Math.max(width, share) - 4 * PX_PER_MM;
        const who = lines(contactLabel(c), 10 * PX_PER_PT, w) * 10 * PX_PER_PT * 1.25;
        const what = c.phone ? 18 * PX_PER_PT * 1.2 : lines(c.how ?? NO_NUMBER, 11 * PX_PER_PT, w) * 11 * PX_PER_PT * 1.3;
        const note = c.note ? lines(c.note, 9 * PX_PER_PT, w) * 9 * PX_PER_PT * 1.2 : 0;
        return who + what + note + 2 * PX_PER_MM + 4;
      }),
    );
    return sum + tallest + 1.5 * PX_PER_MM;
  }, 0);

  // first actions: bold, full width inside the red box
  const fa = 14 * PX_PER_PT * scale;
  const first = h2 + t.firstActions.reduce((n, a) => n + lines(a, fa, PAGE.width - 6 * PX_PER_MM - 2.4 * fa) * fa * lh, 0) + 6 * PX_PER_MM;

  // steps in two columns, a step going on in the next column where it must
  const column = (PAGE.width - 5 * PX_PER_MM) / 2;
  const stepLines = t.steps.reduce(
    (n, s) =>
      n +
      lines(
        s.action,
        body,
        column - 1.7 * body,
        s.badges.reduce((e, b) => e + emWidth(b) * 0.75 + 0.8, 0),
      ),
    0,
  );
  const steps = h2 + (stepLines / 2 + 1) * body * lh + (t.steps.length / 2) * PX_PER_MM;

  // 绝对不要, two columns
  const neverColumn = (PAGE.width - 16) / 2 - 1.2 * body;
  const never = h2 + (Math.ceil(t.never.reduce((n, x) => n + lines(x, body, neverColumn), 0) / 2) + 0.5) * body * lh;

  return header + phones + first + steps + never + 4 * PX_PER_MM;
}

/** The largest fit step whose estimated sheet stays within the page (0 when even the smallest does not). */
export function wallCardFit(t: WallCardText): number {
  let best = 0;
  FIT_SCALES.forEach((s, i) => {
    if (sheetHeight(t, s) <= PAGE.height * SAFE) best = i;
  });
  return best;
}
