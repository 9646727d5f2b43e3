/**
 * Whether a number a project gives can be rung, judged by its shape as Chinese numbers are
 * written: a mobile is 11 digits from 13–19; a landline is an area code (010 and 02x, else four
 * digits) and a 7–8 digit local number that does not start with 0 or 1; 400/800 numbers are a
 * company's; 95xxx/96xxx/12xxx service numbers only where the kind of contact may have one; the
 * emergency and government lines are never a company's own. Sample numbers (13800138000, one
 * digit repeated, a counting run) are refused; a number ending in four equal digits may be a real
 * vanity number, so it is only held for confirmation. A run of digits inside a number is nothing.
 * Pure: the launch check and its tests share it. Messages never repeat the number: the caller
 * says it once.
 */

export interface NumberKind {
  /** the number site.yaml gives this kind of contact (110 for 报警): always right for it */
  own?: string;
  /** site.yaml lets this kind have a service number (95xxx, 96xxx, 12xxx), e.g. 供水、燃气 */
  service?: boolean;
}

export interface PhoneFinding {
  /** refuse: cannot go live; confirm: goes live once the project file says it is right */
  level: 'refuse' | 'confirm';
  why: string;
}

/** Lines everyone knows, never one company's own number. */
export const PUBLIC_LINES: Readonly<Record<string, string>> = {
  '110': '报警电话',
  '119': '火警电话',
  '120': '急救电话',
  '122': '交通事故报警电话',
  '12110': '短信报警号码',
  '12345': '政务服务便民热线',
  '12315': '消费者投诉举报热线',
  '12319': '城建服务热线',
  '12320': '卫生健康热线',
  '12333': '人社服务热线',
  '12350': '安全生产举报热线',
  '12369': '环保举报热线',
  '12395': '水上遇险求救电话',
};

/** Numbers printed in examples, manuals and forms the world over. */
const SAMPLES = new Set(['13800138000', '13900139000']);

const SERVICE = /^(?:95\d{3,6}|96\d{3,4}|12\d{3})$/;
const EXAMPLE = '如手机 139 0571 2468、固定电话 0571-8123 4567';

/** digits as dialled inside China: +86 / 0086 dropped, a landline's leading 0 put back */
export function nationalDigits(phone: string): string {
  const d = phone.replace(/\D/g, '');
  const intl = /^\s*(?:\+|00)86/.test(phone);
  if (!intl) return d;
  const rest = d.replace(/^(?:00)?86/, '');
  return /^1|^[48]00/.test(rest) ? rest : `0${rest}`;
}

const sameDigit = (s: string) => /^(\d)\1+$/.test(s);
const counting = (s: string) => s.length >= 6 && ([...s].every((c, i) => i === 0 || Number(c) === Number(s[i - 1]) + 1) || [...s].every((c, i) => i === 0 || Number(c) === Number(s[i - 1]) - 1));

/** A local part that stands for no number: one digit throughout, or counting up or down. */
function sample(local: string, all: string): PhoneFinding | undefined {
  if (SAMPLES.has(all)) return { level: 'refuse', why: '是常见的示例号码，不是真实电话' };
  if (sameDigit(local)) return { level: 'refuse', why: '是占位号码（同一个数字重复）' };
  if (counting(local)) return { level: 'refuse', why: '是占位号码（连续数字）' };
  if (/(\d)\1{3}$/.test(local)) return { level: 'confirm', why: '结尾是 4 个相同的数字，像示例号码' };
  return undefined;
}

export function phoneFinding(phone: string, kind: NumberKind = {}): PhoneFinding | undefined {
  const d = nationalDigits(phone);
  if (kind.own && nationalDigits(kind.own) === d) return undefined;
  const refuse = (why: string): PhoneFinding => ({ level: 'refuse', why });
  if (d.length < 3) return refuse('号码太短');
  if (PUBLIC_LINES[d]) return refuse(`是${PUBLIC_LINES[d]}，不是这家单位的电话`);
  if (/^\s*\d{1,3}([.\s-])\d{1,3}\1\d{1,3}\1\d{1,3}\s*$/.test(phone)) return refuse('像是 IP 地址，不是电话号码');
  if (SERVICE.test(d)) return kind.service ? undefined : refuse('是 95、96 或 12 开头的服务号码（这一项要填这家单位自己的手机或带区号的固定电话）');
  if (/^[48]00\d{7}$/.test(d)) return sample(d.slice(3), d);
  if (d.startsWith('1')) {
    if (d.length !== 11) return refuse(`手机号码要 11 位，这个是 ${d.length} 位`);
    if (!/^1[3-9]/.test(d)) return refuse('手机号码第二位是 3～9');
    return sample(d.slice(3), d);
  }
  if (d.startsWith('0')) {
    if (sameDigit(d)) return refuse('是占位号码（同一个数字重复）');
    const area = /^0(?:10|2\d)/.test(d) ? d.slice(0, 3) : d.slice(0, 4);
    if (/^0{3}/.test(d)) return refuse('是占位号码（以 000 开头）');
    if (/^00/.test(d)) return refuse('区号不对（区号是 0 加 2～3 位数字，如 010、0571）');
    const local = d.slice(area.length);
    const lengths = area.length === 3 ? [8] : [7, 8];
    if (sameDigit(local)) return refuse('是占位号码（同一个数字重复）');
    if (!lengths.includes(local.length)) return refuse(`区号 ${area} 后面要 ${lengths.join(' 或 ')} 位，这个是 ${local.length} 位`);
    if (/^[01]/.test(local)) return refuse('区号后面的号码不会以 0 或 1 开头');
    return sample(local, d);
  }
  if (d.length === 7 || d.length === 8) return refuse('固定电话要带区号，如 0571-8123 4567');
  return refuse(`不像电话号码（${EXAMPLE}）`);
}
