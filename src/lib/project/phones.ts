/**
 * Phone numbers inside Chinese text, so a page can make each one a tap-to-call link that says
 * whom it calls. Plan text mixes numbers to dial (拨打 120、95598、0571-81234567) with numbers
 * that are not (30 分钟, 100～120 次, 2026-11-25, 8:00, 第 65 条, GB 50016, TSG T5002), so a
 * number counts only in a phone number's shape and never where it reads as a quantity, a range,
 * a time, a date or a code. Pure: the plan pages, the MDX plugin and the tests share it.
 */
import { telHref, type Contact } from './resolve.ts';

export interface PhoneMatch {
  start: number;
  end: number;
  /** as written, e.g. 0571-81234567 */
  text: string;
  /** digits only, e.g. 057181234567 */
  digits: string;
}

/** Nationwide numbers a plan may name without a project contact behind them. */
const NATIONAL: Record<string, string> = {
  '110': '报警',
  '119': '火警',
  '120': '急救',
  '122': '交通事故报警',
  '12110': '短信报警',
  '12345': '政务服务便民热线',
  '12315': '消费者投诉举报',
  '12319': '城建服务热线',
  '12320': '卫生健康热线',
  '12333': '人社服务热线',
  '12350': '安全生产举报',
  '12369': '环保举报',
  '12395': '水上遇险求救',
  '95598': '供电抢修',
  '96333': '电梯应急处置平台',
};
/** Three-digit numbers are only ever these; any other short number is a quantity. */
const SHORT = new Set(['110', '119', '120', '122']);

// A digit run with hyphens inside (0571-81234567, 2026-11-25); full-width digits count too.
const NUMBER = /[0-9０-９]+(?:[-－][0-9０-９]+)*/g;
const D = '[0-9０-９]';
// Touching the number, these make it part of a decimal, time, ratio, range or code: 1.5, 8:00,
// 30:2, 100～120, T5002, 1,200. A colon or full stop with no digit beyond it ends a phrase (拨打 119：讲清…).
const GLUED_BEFORE = new RegExp(`(?:${D}[.．:：,]|[～~〜—–\\-－_#×+¥￥A-Za-z])$`);
const GLUED_AFTER = new RegExp(`^(?:[.．:：,]${D}|[～~〜—–\\-－_#×+%％℃°A-Za-z])`);
// After a space, these still make it a range, a code or an ordinal: 100 ～ 120, GB 50016, 第 65 条.
const NEAR_BEFORE = /[～~〜—–\-－A-Za-z第约共¥￥]$/;
const NEAR_AFTER = /^[～~〜—–\-－%％℃°]/;
/**
 * Counters and units after a number with a phone number's shape: 120 次, 110 千伏, 119 号楼,
 * 120 人, 12345 元. Only words that cannot also start a phrase after a number to dial: 时 is
 * left out (需要 110 / 119 / 120 时), 处 (120 处置), 台 before 风.
 */
const UNIT =
  /^(?:次|遍|下(?![楼来去])|分钟|秒|小时|个|天|日|周(?![边围])|月|年|岁|号|路|栋|幢|楼|层|室|户|套|座|台(?!风)|辆|件|张|份|条|款|项|页|章|节|人|名|位|米|厘米|毫米|公里|千米|平方|平米|亩|克|千克|公斤|斤|吨|升|毫升|度|伏|千伏|瓦|千瓦|元|块|万|千|百|亿|倍|步|批|mm|cm|km|kg|kV|kv|V\b|W\b|m\b)/;
// 120/80 is a blood pressure, 110/119/120 a list of numbers to dial
const SLASH_AFTER = new RegExp(`^\\s*[/／]\\s*(${D}+(?:[-－]${D}+)*)`);
const SLASH_BEFORE = new RegExp(`(${D}+(?:[-－]${D}+)*)\\s*[/／]\\s*$`);

const ascii = (s: string) => s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/－/g, '-');

/** Whether these digits, written this way, have the shape of a number to dial in China. */
function dialable(written: string, known: ReadonlySet<string>): boolean {
  const digits = written.replace(/-/g, '');
  if (known.has(digits)) return true;
  const hyphens = (written.match(/-/g) ?? []).length;
  if (SHORT.has(digits)) return hyphens === 0;
  // 95598, 96333, 12345: service numbers, unbroken
  if (/^(?:9[56]\d{3,6}|12\d{3})$/.test(digits)) return hyphens === 0;
  // 400-810-8888, 4008108888
  if (/^[48]00\d{7}$/.test(digits)) return hyphens === 0 || /^[48]00-\d{3,4}-\d{3,4}$/.test(written);
  // 138-1234-5678, 13812345678
  if (/^1[3-9]\d{9}$/.test(digits)) return hyphens === 0 || /^1\d{2}-\d{4}-\d{4}$/.test(written);
  // 0571-81234567, 010-12345678, 0000-8000001; unbroken 10 to 12 digits from a 0
  if (/^0\d{9,11}$/.test(digits)) return hyphens === 0 || /^0\d{2,3}-\d{7,8}$/.test(written);
  return false;
}

/**
 * Every phone number in the text, in order. `known` adds this project's own numbers (digits
 * only), so a local number without an area code still counts where the project lists it.
 */
export function findPhones(text: string, known: ReadonlySet<string> = new Set()): PhoneMatch[] {
  const out: PhoneMatch[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const start = m.index;
    const end = start + m[0].length;
    const written = ascii(m[0]);
    if (!dialable(written, known)) continue;
    const before = text.slice(0, start);
    const after = text.slice(end);
    if (GLUED_BEFORE.test(before) || GLUED_AFTER.test(after)) continue;
    if (NEAR_BEFORE.test(before.trimEnd())) continue;
    const next = after.trimStart();
    if (NEAR_AFTER.test(next) || UNIT.test(next)) continue;
    const other = SLASH_AFTER.exec(after)?.[1] ?? SLASH_BEFORE.exec(before)?.[1];
    if (other !== undefined && !dialable(ascii(other), known)) continue;
    out.push({ start, end, text: m[0], digits: written.replace(/-/g, '') });
  }
  return out;
}

/** Whom a number calls, by its digits: this project's contacts first, then nationwide numbers. */
export type PhoneBook = ReadonlyMap<string, string>;

export function phoneBook(contacts: Record<string, Contact>): PhoneBook {
  const book = new Map<string, string>();
  for (const c of Object.values(contacts)) {
    const digits = c.phone && ascii(c.phone).replace(/\D/g, '');
    // 电梯维保（某某电梯公司）: the kind of help, and the project's own company when it names one
    if (digits && !book.has(digits)) book.set(digits, c.name === c.kind ? c.short : `${c.short}（${c.name}）`);
  }
  for (const [digits, who] of Object.entries(NATIONAL)) if (!book.has(digits)) book.set(digits, who);
  return book;
}

export interface PhoneLink {
  /** what the text shows, as written (the link is white-space: nowrap, global.css) */
  text: string;
  href: string;
  /** the link's accessible name: 拨打 120 急救 */
  label: string;
}
export type TextPart = string | PhoneLink;

/** The accessible name of a link that dials `phone`: the number, then whom it reaches. */
export function callLabel(phone: string, book: PhoneBook): string {
  const who = book.get(ascii(phone).replace(/\D/g, ''));
  return who ? `拨打 ${phone} ${who}` : `拨打 ${phone}`;
}

/** The text cut into plain runs and phone links, in order; text without a number comes back whole. */
export function phoneParts(text: string, book: PhoneBook): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const m of findPhones(text, new Set(book.keys()))) {
    if (m.start > at) parts.push(text.slice(at, m.start));
    const written = ascii(m.text);
    parts.push({ text: m.text, href: telHref(written), label: callLabel(written, book) });
    at = m.end;
  }
  if (at < text.length || !parts.length) parts.push(text.slice(at));
  return parts;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A phone link as HTML, the same as components/content/PhoneText.astro draws one. */
const telAnchor = (p: PhoneLink) => `<a class="tel" href="${escapeAttr(p.href)}" aria-label="${escapeAttr(p.label)}">${escapeAttr(p.text)}</a>`;

// the text between these tags is left alone: a link already, code, or not text at all
const SKIP = new Set(['a', 'code', 'pre', 'script', 'style', 'textarea', 'svg']);

/**
 * Rendered HTML (a plan's MDX body) with every phone number in its text made a phone link. Only
 * text between tags is read, so attributes, links already there and code are never touched; the
 * text is HTML already, so it is passed through as it is and only the number is wrapped.
 */
export function linkPhonesInHtml(html: string, book: PhoneBook): string {
  let skipping: string | undefined;
  let depth = 0;
  return html
    .split(/(<!--[\s\S]*?-->|<[^>]*>)/)
    .map((piece, i) => {
      if (i % 2 === 1) {
        const tag = /^<(\/?)([a-zA-Z][\w-]*)/.exec(piece);
        if (tag && !piece.endsWith('/>')) {
          const name = tag[2].toLowerCase();
          if (!skipping && !tag[1] && SKIP.has(name)) [skipping, depth] = [name, 1];
          else if (skipping === name) depth += tag[1] ? -1 : 1;
          if (skipping && depth === 0) skipping = undefined;
        }
        return piece;
      }
      if (skipping || !piece) return piece;
      return phoneParts(piece, book)
        .map((p) => (typeof p === 'string' ? p : telAnchor(p)))
        .join('');
    })
    .join('');
}
