/**
 * Rules about what content says, beyond its shape: a trainer signs off on these pages and grades
 * trainees on these keys, so fairness and consistency are checked at build time, not by review.
 * Pure functions over parsed content; the checkers in checks/ report what they find with file and field.
 */
import type { EmergencyData } from './emergency.ts';
import type { HandbookData } from './handbook.ts';
import type { Question } from './quiz.ts';

/**
 * Words that only an editor writes: remarks about the source documents or unfinished work.
 * Staff read pages as instructions, so such remarks belong in YAML comments or sources.yaml.
 */
const EDITOR_NOTE =
  /种子|原方案|原文|原资料|仅标题|只有标题|没有写明|未写明|没写明|待核实|待确认|待补充|笔误|编者|TODO|FIXME|[（(](?:gate|patrol|carpark|monitor|security-lead|steward|front-desk|cs-supervisor|cleaner|greening|engineer|manager|finder)[）)]/;

/** The first editor remark in a piece of page text, or undefined. */
export function editorNote(text: string): string | undefined {
  const m = EDITOR_NOTE.exec(text);
  if (!m) return undefined;
  const from = Math.max(0, m.index - 8);
  return text.slice(from, m.index + m[0].length + 8).replace(/\s+/g, ' ');
}

/** MDX comments are for editors and never render; everything else in the body does. */
export function renderedBody(body: string): string {
  return body.replace(/\{\/\*[\s\S]*?\*\/\}/g, '').replace(/<!--[\s\S]*?-->/g, '');
}

/** Every string in a data tree with its dotted path, for checks over all rendered fields. */
export function stringsOf(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsOf(v, path ? `${path}.${i}` : String(i)));
  if (value && typeof value === 'object' && !(value instanceof Date)) return Object.entries(value).flatMap(([k, v]) => stringsOf(v, path ? `${path}.${k}` : k));
  return [];
}

/** Options compared the way a reader sees them: width, case, spaces and punctuation ignored. */
export const plainText = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]/gu, '');

/** Indices of list entries that repeat an earlier one, as a reader would see them. */
export function repeatedEntries(list: string[]): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  list.forEach((s, i) => {
    const k = plainText(s);
    if (seen.has(k)) out.push(i);
    seen.add(k);
  });
  return out;
}

/** The lists of a question in which two entries must not read the same. */
export function questionLists(q: Question): { field: string; list: string[] }[] {
  switch (q.type) {
    case 'single':
    case 'multiple':
    case 'scenario':
      return [{ field: 'options', list: q.options }];
    case 'order':
      return q.items ? [{ field: 'items', list: q.items }] : [];
    case 'match':
      return [
        { field: 'pairs.left', list: q.pairs.map((p) => p.left) },
        { field: 'pairs.right', list: q.pairs.map((p) => p.right) },
      ];
    default:
      return [];
  }
}

/** Above this share, always picking one position passes a bank; options also shuffle per attempt. */
export const MAX_KEY_SHARE = 0.35;
/** Fewer keyed questions than this cannot be spread evenly, so they are not judged. */
export const MIN_KEYED_FOR_BALANCE = 6;

/**
 * Where the keys of single-choice and scenario questions sit; an issue when one position holds
 * more than MAX_KEY_SHARE of them. Where the options are too few to spread the keys that evenly
 * (7 three-option questions cannot do better than 3/2/2), the even spread is the bar instead.
 */
export function keyBalance(questions: Question[]): { counts: number[]; total: number; worst: number; share: number } | undefined {
  const keyed = questions.filter((q): q is Extract<Question, { type: 'single' | 'scenario' }> => q.type === 'single' || q.type === 'scenario');
  const total = keyed.length;
  if (total < MIN_KEYED_FOR_BALANCE) return undefined;
  const positions = Math.max(...keyed.map((q) => q.options.length));
  const counts = Array.from({ length: positions }, () => 0);
  for (const q of keyed) counts[q.answer] = (counts[q.answer] ?? 0) + 1;
  const worst = counts.indexOf(Math.max(...counts));
  const allowed = Math.max(Math.floor(MAX_KEY_SHARE * total), Math.ceil(total / positions));
  return counts[worst] > allowed ? { counts, total, worst, share: counts[worst] / total } : undefined;
}

/** What the cited place on a page says as a figure, where it says one. */
export interface CitedFigure {
  /** the number the page gives, in `unit` */
  value?: number;
  unit?: string;
  /** how the page words it: 立即 / 尽快 / 30分钟内 … */
  wording: string;
}

/** The figure behind `page#limit-…` or `page#step-…`, or undefined when the anchor holds none. */
export function citedFigure(anchor: string, pages: { handbook: Map<string, HandbookData>; emergencies: Map<string, EmergencyData> }): CitedFigure | undefined {
  const [page, hash] = anchor.split('#');
  if (!hash) return undefined;
  if (page.startsWith('handbook/') && hash.startsWith('limit-')) {
    const t = pages.handbook.get(page.slice('handbook/'.length))?.timeLimits.find((l) => `limit-${l.id}` === hash);
    return t ? { value: t.value, unit: t.unit, wording: t.limit } : undefined;
  }
  if (page.startsWith('emergency/') && hash.startsWith('step-')) {
    const s = pages.emergencies.get(page.slice('emergency/'.length))?.steps.find((x) => `step-${x.id}` === hash);
    if (!s) return undefined;
    return s.withinMinutes !== undefined ? { value: s.withinMinutes, unit: '分钟', wording: `${s.withinMinutes}分钟内` } : { wording: s.when ?? '' };
  }
  return undefined;
}

const MINUTES = /(\d+(?:\.\d+)?)\s*分钟/g;
const numbersIn = (s: string) => [...s.normalize('NFKC').matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));

/**
 * Why a question's key disagrees with the figure it cites, or undefined. A numeric answer must be
 * the cited value; a keyed option that names a figure must name the cited one; a step the plan
 * says to do at once (no minutes) cannot be keyed as "within N minutes".
 */
export function keyContradiction(q: Question, fig: CitedFigure): string | undefined {
  if (q.type === 'number') {
    if (q.answer === undefined) return undefined; // the project's own figure: nothing fixed to compare
    if (fig.value !== undefined && fig.unit === q.unit && Math.abs(q.answer - fig.value) > q.tolerance + 1e-9)
      return `答案 ${q.answer}${q.unit} 与出处写的「${fig.wording}」（${fig.value}${fig.unit}）不一致`;
    if (fig.value === undefined && q.unit === '分钟' && fig.wording) return `出处写的是「${fig.wording}」，没有分钟数，不能考 ${q.answer} 分钟`;
    return undefined;
  }
  if (q.type !== 'single' && q.type !== 'scenario') return undefined;
  const key = q.options[q.answer];
  if (key === undefined) return undefined; // an answer outside the options is reported on its own
  if (fig.value === undefined) {
    const m = [...key.normalize('NFKC').matchAll(MINUTES)];
    return m.length && fig.wording ? `出处写的是「${fig.wording}」，标准答案却是「${key}」` : undefined;
  }
  const inKey = numbersIn(key);
  if (fig.unit && key.includes(fig.unit) && inKey.length && !inKey.includes(fig.value)) return `标准答案「${key}」与出处写的「${fig.wording}」不一致`;
  return undefined;
}

/**
 * Unsafe instructions a trainer found once. Each rule names the mistake as a pattern over one
 * sentence and the rule it breaks, so the same mistake cannot come back in another page or key.
 */
interface SafetyRule {
  id: string;
  /** the sentence breaks the rule */
  test: (s: string) => boolean;
  message: string;
}
const NEGATED = /不得|不要|不能|不准|禁止|严禁|切勿|无权|别|不可|不许|不让|不擅自|勿|不需要|不必|无需|不用/;

export const SAFETY_RULES: SafetyRule[] = [
  {
    id: 'fire-lane-delay',
    test: (s) => /消防通道|消防车道|疏散通道|安全出口|楼梯间|消防楼梯/.test(s) && /堵|占用|占道|停放|堆放/.test(s) && /\d+\s*(小时|天|日|个工作日)内/.test(s),
    message: '堵塞、占用消防通道或安全出口要立即清除或上报（《消防法》第二十八条），不能给几小时、几天的期限',
  },
  {
    id: 'public-gas-valve',
    test: (s) =>
      (/(燃气|煤气|天然气)(总阀|总闸|主阀|总管|立管|调压)|(楼栋|单元|大楼|建筑|公共)的?(燃气|煤气)/.test(s) ||
        (/(燃气|煤气|天然气)(阀门|阀)/.test(s) && !/户内|家里|室内|灶前|表前|自家|业主家/.test(s))) &&
      /关|拧|操作|切断/.test(s) &&
      !NEGATED.test(s) &&
      !/燃气公司|燃气企业|燃气抢修|授权/.test(s),
    message: '员工不得操作公共燃气阀门，须由燃气公司或其授权人员操作（《城镇燃气管理条例》第二十八条）；员工能做的是关户内阀门、开窗通风、不碰开关、疏散、报燃气公司',
  },
  {
    id: 'weapons-close-in',
    test: (s) => /持刀|刀具|凶器|棍棒|器械|武器/.test(s) && !/有无|有没有|是否/.test(s) && /上前|夺下|夺刀|制服|拉开|分开/.test(s) && !NEGATED.test(s) && !/保持距离|拉开距离|110/.test(s),
    message: '对方持有凶器时先保持距离、报 110，不上前拉架或夺刀',
  },
  {
    id: 'hotline-as-utility',
    test: (s) => /12345/.test(s) && /燃气|煤气|供水|自来水|水务|停水/.test(s) && !NEGATED.test(s),
    message: '12345 是政务服务便民热线，不是燃气或供水抢修电话：写本项目登记的号码 {{phone:gas}} / {{phone:water}}',
  },
  {
    id: 'tracking-as-patrol',
    test: (s) => /巡逻|巡更|巡查|秩序维护员|保安|安保/.test(s) && /(4|四)\s*次/.test(s) && /每天|每日|一天|全天/.test(s) && !/跟踪|品质|主管|管理人员|不是/.test(s),
    message: '「安保服务每天至少巡查4次」是主管对安保服务的跟踪检查次数，不是秩序维护员自己的巡逻次数',
  },
  {
    id: 'emergency-call-waits',
    // 《消防法》第四十四条: anyone who finds a fire reports it at once; 110 and 120 are the same in practice
    test: (s) => /110|119|120|报警|急救/.test(s) && /(请示|批准|同意|知悉|审批|授权|签字)(后|以后|之后)?.{0,12}(再|才|方可)(启动|拨打|报警|求助|呼叫|联系)/.test(s) && !NEGATED.test(s),
    message: '拨打 110/119/120 不等任何人批准：发现的人直接打，打完再逐级报告（《消防法》第四十四条）',
  },
  {
    id: 'flat-entry-witness',
    test: (s) => /进入|进户|入户|开门|破门/.test(s) && /见证/.test(s) && !NEGATED.test(s),
    message: '没有业主同意不进业主家：紧急情况联系不上业主时报 110（需要破门救援报 119），由警方或消防决定是否进入，员工配合并记录',
  },
  {
    id: 'lift-governor-by-property',
    test: (s) => /限速器|安全钳/.test(s) && /每周|周检|每天|每日|工程维修员|工程部/.test(s) && !/维保单位|维保公司|维保人员|检验|记录|核对|查看/.test(s),
    message: '限速器和安全钳的试验是电梯维保单位的年度维保项目、校验在定期检验时做（《特种设备安全法》、TSG T5002）；物业工程维修员只核对记录和检验合格证的日期',
  },
  {
    id: 'fire-linkage-weekly',
    test: (s) => /联动/.test(s) && /每周|周检/.test(s) && /试验|测试|检测/.test(s) && !/维保单位|维护保养单位|维保公司|见证|陪同|记录/.test(s),
    message: '消防联动试验是消防设施维护保养单位的定期检测项目（GB 25201）：物业方陪同见证并记录，不是自己每周做',
  },
  {
    id: 'temporary-residence-permit',
    test: (s) => /临时居住证/.test(s) && !/已被|取代|不再/.test(s),
    message: '临时居住证已由居住证取代（《居住证暂行条例》，2016 年起施行）',
  },
  {
    id: 'six-day-rule',
    test: (s) => /六天工作制/.test(s),
    message: '服务中心每周开放六天，员工按排班轮休；不要把「六天工作制」当员工的工作规定来教',
  },
];

/**
 * Whether the text at a dotted path is taught as right. A wrong option, a statement keyed 错 and
 * a drill choice that does no step of the plan show mistakes on purpose: safety rules skip them.
 */
export function taughtAsRight(data: unknown, path: string): boolean {
  const at = (p: string[]) => p.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), data);
  const parts = path.split('.');
  const q = /^questions\.(\d+)\.(options\.(\d+)\.text|prompt)$/.exec(path);
  if (q) {
    const question = at(['questions', q[1]]) as { type?: string; answer?: unknown } | undefined;
    if (q[2] === 'prompt') return !(question?.type === 'truefalse' && question.answer === false);
    return (at(['questions', q[1], 'options', q[3]]) as { correct?: unknown } | undefined)?.correct === true;
  }
  if (parts[0] === 'nodes' && parts[2] === 'choices' && parts[4] === 'text') {
    const c = at(parts.slice(0, 4)) as { step?: string; critical?: string } | undefined;
    return Boolean(c?.step) && !c?.critical;
  }
  return true;
}

/** Rules a sentence breaks, checked sentence by sentence. */
export function safetyProblems(text: string): { rule: SafetyRule; sentence: string }[] {
  const out: { rule: SafetyRule; sentence: string }[] = [];
  for (const sentence of text.split(/[。；！？\n]/)) {
    for (const rule of SAFETY_RULES) if (rule.test(sentence)) out.push({ rule, sentence: sentence.trim() });
  }
  return out;
}

/**
 * Rules over a whole page: an instruction that is only safe with its limit stated somewhere on
 * the same page (a dry stick frees someone from low voltage only).
 */
export function pageSafetyProblems(pageText: string): string[] {
  const out: string[] = [];
  if (/(木棍|木棒|竹竿|塑料杆|塑料管|绝缘物).{0,12}(挑开|拨开|挑离|拨离)/.test(pageText) && !(/低压/.test(pageText) && /高压.{0,30}(远离|不要靠近|不得靠近|米以外|米外)/.test(pageText)))
    out.push('写了用干木棍等挑开电线，却没写明这只适用于低压、高压触电要远离并报供电公司和 119（现场急救通行做法）');
  return out;
}

/** Links written in an MDX body: markdown links and raw <a href>, outside code. */
export function bodyLinks(body: string): string[] {
  const out: string[] = [];
  let fenced = false;
  for (const line of renderedBody(body).split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const text = line.replace(/`[^`]*`/g, '');
    for (const m of text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) out.push(m[1]);
    for (const m of text.matchAll(/<a\s[^>]*?href\s*=\s*["']([^"']+)["']/gi)) out.push(m[1]);
  }
  return out;
}

/** Addresses the site has, and the anchors on each; what a link inside the site may point to. */
export interface SiteMap {
  /** path with its trailing slash → anchors on that page (empty when they are not known) */
  pages: Map<string, Set<string>>;
}

/**
 * Why a link from the page at `from` (its path, e.g. /handbook/service/keys/) leads nowhere, or
 * undefined. Links out of the site (http:, tel:, mailto:) are not followed.
 */
export function brokenLink(href: string, from: string, site: SiteMap): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return undefined;
  let url: URL;
  try {
    url = new URL(href, `https://site.invalid${from}`);
  } catch {
    return `链接「${href}」写法不对`;
  }
  const path = decodeURI(url.pathname);
  if (/\.[a-z0-9]+$/i.test(path)) return undefined; // a file (image, json): not a page
  if (!path.endsWith('/')) return `链接「${href}」少了结尾的 /（应为「${path}/」）`;
  const anchors = site.pages.get(path);
  if (!anchors) return `链接「${href}」指向的页面「${path}」不存在`;
  const hash = decodeURIComponent(url.hash.slice(1));
  if (hash && anchors.size && !anchors.has(hash)) return `链接「${href}」：页面「${path}」上没有锚点「#${hash}」`;
  return undefined;
}

/**
 * Multiple-choice questions keyed "every option but one" teach a trainee to tick everything but
 * the odd one out; a bank may have a few, not a habit of them. A question with every option
 * keyed is not a question.
 */
export const MAX_ALL_BUT_ONE_SHARE = 0.25;
export function multipleChoiceHabits(questions: Question[]): { allKeyed: number[]; allButOne: number; total: number } {
  const allKeyed: number[] = [];
  let allButOne = 0;
  let total = 0;
  questions.forEach((q, i) => {
    if (q.type !== 'multiple') return;
    total++;
    if (q.answer.length >= q.options.length) allKeyed.push(i);
    else if (q.answer.length === q.options.length - 1) allButOne++;
  });
  return { allKeyed, allButOne, total };
}
