import { z } from 'astro/zod';
import { findable, nonEmpty, slug } from './common.ts';

export const planStep = z.strictObject({
  id: slug,
  /** actor key from content/site.yaml */
  role: slug,
  action: nonEmpty,
  /** a hard limit in minutes, only where a source gives one for this very step */
  withinMinutes: z.number().positive().optional(),
  /**
   * the key (content/sources.yaml, also listed in the plan's sources) of the document that sets
   * withinMinutes for this step; required with it, so a figure is never borrowed from another rule
   */
  limitSource: z.string().optional(),
  /** wording of the limit when no number is sourced: 立即 / 尽快 / 同步 */
  when: z.string().optional(),
  critical: z.boolean().default(false),
  why: z.string().optional(),
  /**
   * the case this step is for, when it is not done in every incident (「病人恢复了正常呼吸」):
   * a live run asks 做了 / 不需要 for it and never completes it from the next-step bar
   */
  condition: z.string().min(2).max(30, '适用情况写短一点（30 字以内），细节写在步骤里').optional(),
});
export type PlanStep = z.infer<typeof planStep>;

export const neverRule = z.strictObject({ id: slug, text: nonEmpty, why: z.string().optional() });

export const emergencySchema = z.strictObject({
  ...findable,
  category: z.enum(['自然灾害', '公共卫生', '消防', '治安', '人身伤害', '工程故障', '客户事件']),
  order: z.number().int().default(100),
  roles: z.array(slug).min(1),
  contacts: z.array(slug).min(1),
  firstActions: z.array(nonEmpty).min(1).max(3, '最先做的事最多 3 条，情急之下记不住更多'),
  steps: z.array(planStep).min(2),
  never: z.array(neverRule).min(1),
  record: z.array(nonEmpty).min(1),
  escalation: z.array(nonEmpty).min(1),
});
export type EmergencyData = z.infer<typeof emergencySchema>;
