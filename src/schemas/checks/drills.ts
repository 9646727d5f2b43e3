import { checkDrillGraph } from '../../lib/drill/graph.ts';
import { drillLengthCue, MAX_DRILL_LONGEST_SHARE, MIN_DRILL_DECISIONS } from '../content-terms.ts';
import type { Checker } from './context.ts';

/** Drills: a real plan and its steps and never-do rules, a graph that ends, no longest-is-right cue. */
export const checkDrills: Checker = ({ parsed, report, actors, planById, checkIn }) => {
  for (const { entry, data } of parsed.drills) {
    checkIn(entry.file, 'role', data.role, actors, '岗位（site.yaml 的 actors 里没有）');
    const plan = planById.get(data.plan);
    if (!plan) report(entry.file, 'plan', `应急预案「${data.plan}」不存在`);
    const stepIds = new Set(plan?.steps.map((s) => s.id) ?? []);
    const neverIds = new Set(plan?.never.map((s) => s.id) ?? []);
    if (!(data.start in data.nodes)) report(entry.file, 'start', `起始情境「${data.start}」不在 nodes 里`);
    for (const [nodeId, node] of Object.entries(data.nodes)) {
      node.choices.forEach((c, i) => {
        const at = `nodes.${nodeId}.choices.${i}`;
        if (!(c.next in data.nodes)) report(entry.file, `${at}.next`, `下一个情境「${c.next}」不存在`);
        if (plan && c.step && !stepIds.has(c.step)) report(entry.file, `${at}.step`, `预案「${data.plan}」里没有步骤「${c.step}」`);
        if (plan && c.critical && !neverIds.has(c.critical)) report(entry.file, `${at}.critical`, `预案「${data.plan}」的禁止事项里没有「${c.critical}」`);
      });
    }
    if (data.start in data.nodes) for (const g of checkDrillGraph(data)) report(entry.file, `nodes.${g.node}`, g.message);
    const cue = drillLengthCue(data);
    if (cue.decisions >= MIN_DRILL_DECISIONS && cue.longest.length / cue.decisions > MAX_DRILL_LONGEST_SHARE)
      report(
        entry.file,
        'nodes',
        `${cue.longest.length}/${cue.decisions} 个决定里，正确做法是最长的选项（${cue.longest.slice(0, 5).join('、')}）：只挑最长的就能过关。把错误做法写得同样具体，把正确做法里的解释挪到 feedback`,
      );
  }
};
