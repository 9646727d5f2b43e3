/**
 * Every word the interface shows for a kind of thing, in one place: navigation, checklist
 * cadences, learning-path kinds, plan kinds, result words. Pages and islands import these
 * instead of keeping maps of their own.
 */
import { routes } from './routes.ts';

export const NAV = [
  { href: routes.handbook.index, label: '手册' },
  { href: routes.emergency.index, label: '应急' },
  { href: routes.roles.index, label: '岗位' },
  { href: routes.train.index, label: '培训' },
  { href: routes.assess.index, label: '考核' },
  { href: routes.me.index, label: '我的' },
] as const;

/** How often a checklist is filled in (content/checklists: cadence), shortest first; a role's 工作节奏 uses daily to monthly. */
export const CADENCES = ['shift', 'daily', 'weekly', 'monthly', 'once'] as const;
export type Cadence = (typeof CADENCES)[number];
export const CADENCE_LABEL = { shift: '每班', daily: '每天', weekly: '每周', monthly: '每月', once: '一次性' } as const satisfies Record<Cadence, string>;
/** the current period of a cadence, as a heading: 本班 / 今天 … */
export const PERIOD_LABEL = { shift: '本班', daily: '今天', weekly: '本周', monthly: '本月', once: '这一次' } as const satisfies Record<Cadence, string>;

export const PATH_KIND_LABEL = { read: '阅读', quiz: '测验', drill: '演练', checklist: '检查表', cards: '应知应会卡' } as const;
/** The same kinds as editors name them in the CMS (what each step points at). */
export const PATH_KIND_EDITOR_LABEL = { read: '阅读页面', quiz: '题库', drill: '演练', checklist: '检查表', cards: '岗位卡组' } as const satisfies Record<keyof typeof PATH_KIND_LABEL, string>;

/** the word a result gets: 通过 / 未通过 */
export const passLabel = (passed: boolean) => (passed ? '通过' : '未通过');

/**
 * Plan kinds in the order staff meet them most (lifts, leaks and power first; storms last),
 * each with the icon drawn by PlanIcon.
 */
export const PLAN_KINDS = ['工程故障', '人身伤害', '消防', '治安', '客户事件', '公共卫生', '自然灾害'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];
export const PLAN_KIND_LABEL: Record<PlanKind, string> = {
  工程故障: '设备故障：电梯、水、电',
  人身伤害: '有人受伤、急病',
  消防: '火灾、燃气',
  治安: '治安：打架、盗窃、走失',
  客户事件: '业主聚集、上门查看',
  公共卫生: '疫情、中毒、水质',
  自然灾害: '台风、暴雪、地震',
};

/** Flashcard ratings, worst to best (each button also says when the card comes back). */
export const RATING_LABEL = { again: '忘记', hard: '困难', good: '记得', easy: '简单' } as const;

/** A checklist item's result; an item with any result counts as answered. */
export const RESULT_LABEL = { pass: '合格', fail: '不合格', na: '不适用' } as const;

/** What a paper checklist's period blank is called, by cadence. */
export const PERIOD_FIELD_LABEL = { shift: '日期', daily: '日期', weekly: '周次', monthly: '月份', once: '日期' } as const satisfies Record<Cadence, string>;

/** The two-shift roster the shift checklists follow; a night shift ends on the next day. */
export const SHIFT_HOURS = { 白班: '08:00—20:00', 夜班: '20:00—次日 08:00' } as const;
