/**
 * One name for one thing. Staff met the project's head as 管理处主任, 项目经理 and 服务中心经理 in
 * the same handbook, and wondered whether they were three people. The glossary's 「统一称呼」
 * names the term to use; these are the old names a page, question or drill may not bring back.
 * Search aliases keep them, so a search for an old name still finds the page.
 */
import { keyStrictlyLongest } from '../lib/quiz/cues.ts';
import type { DrillData } from './drill.ts';

interface Deprecated {
  /** the old name, with what around it makes it a different, legitimate word */
  pattern: RegExp;
  use: string;
}

export const DEPRECATED_TERMS: Deprecated[] = [
  { pattern: /项目经理|服务中心经理|物业经理/g, use: '管理处主任' },
  { pattern: /在岗维修工程师|维修工(?!程)|维修师傅|工程师傅|工程人员/g, use: '工程维修员' },
  // a lift, gas or power company's people are their 维保人员 / 抢修人员; ours are 工程维修员
  { pattern: /(?<!电梯|维保|维保单位的|燃气|供电|厂家|专业|外来|施工方)维修人员/g, use: '工程维修员' },
  { pattern: /楼宇管家|物业管家|客服专员|客服人员/g, use: '客服管家' },
  { pattern: /业户(?!手册)/g, use: '业主' },
  // 保安全 (keep safe) and 维保安排 are other words that happen to contain the two characters
  { pattern: /(?<!维)保安(?!全|服务管理条例|员证|服务公司|公司)/g, use: '秩序维护员' },
  // the source's word for the steward's visits; 上门 is one way of doing it, not its name
  { pattern: /上门关怀/g, use: '客户关怀' },
];

/** Old names in a text, with a little of the sentence around each. */
export function deprecatedTerms(text: string): { found: string; use: string; context: string }[] {
  const out: { found: string; use: string; context: string }[] = [];
  for (const { pattern, use } of DEPRECATED_TERMS)
    for (const m of text.matchAll(pattern)) out.push({ found: m[0], use, context: text.slice(Math.max(0, m.index - 8), m.index + m[0].length + 8).replace(/\s+/g, ' ') });
  return out;
}

/** Drills with fewer decisions cannot spread the longest option fairly, so are not judged. */
export const MIN_DRILL_DECISIONS = 4;
/** Above this share of decisions, tapping the longest choice plays a drill well. */
export const MAX_DRILL_LONGEST_SHARE = 0.4;

/**
 * Decisions of a drill where a right choice (one that does a plan step and breaks no rule) is the
 * longest: written with the most care, it shows. Decisions with no such choice are not counted.
 */
export function drillLengthCue(d: Pick<DrillData, 'nodes'>): { decisions: number; longest: string[] } {
  let decisions = 0;
  const longest: string[] = [];
  for (const [id, node] of Object.entries(d.nodes)) {
    if (node.choices.length < 2) continue;
    const right = node.choices.flatMap((c, i) => (c.step && !c.critical ? [i] : []));
    if (!right.length) continue;
    decisions++;
    if (
      right.some((i) =>
        keyStrictlyLongest(
          node.choices.map((c) => c.text),
          i,
        ),
      )
    )
      longest.push(id);
  }
  return { decisions, longest };
}

/**
 * Text the terminology rule reads: a section headed 统一称呼 lists the old names on purpose (the
 * glossary tells staff what they still hear), so it is left out up to the next heading.
 */
export function withoutTermList(body: string): string {
  return body.replace(/^(#{2,3})\s*统一称呼[^\n]*\n[\s\S]*?(?=^#{2,3}\s|(?![\s\S]))/m, '');
}
