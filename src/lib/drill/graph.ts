/**
 * Structural checks on a drill's situation graph, run at build time: every situation reachable
 * from the start, every path ends, nothing loops. Returns problems by node, never throws.
 */
import type { Drill } from './types.ts';

export interface GraphIssue {
  node: string;
  message: string;
}

export function checkDrillGraph(d: Drill): GraphIssue[] {
  const issues: GraphIssue[] = [];
  const nodes = d.nodes;
  if (!(d.start in nodes)) return [{ node: d.start, message: `起始情境「${d.start}」不存在` }];

  for (const [id, n] of Object.entries(nodes)) {
    if (n.end && n.choices.length) issues.push({ node: id, message: '结局情境（end: true）不能再有选项' });
    if (!n.end && !n.choices.length) issues.push({ node: id, message: '死路：既不是结局（end: true），也没有选项' });
  }

  // Depth-first from the start: white = unseen, grey = on the current path, black = done.
  const colour = new Map<string, 'grey' | 'black'>();
  const cycles = new Set<string>();
  const visit = (id: string, path: string[]) => {
    colour.set(id, 'grey');
    for (const c of nodes[id]?.choices ?? []) {
      if (!(c.next in nodes)) continue; // reported by the cross-reference check
      const state = colour.get(c.next);
      if (state === 'grey') {
        const loop = [...path.slice(path.indexOf(c.next)), c.next].join(' → ');
        if (!cycles.has(loop)) {
          cycles.add(loop);
          issues.push({ node: id, message: `选项会回到之前的情境，形成死循环：${loop}` });
        }
      } else if (!state) visit(c.next, [...path, c.next]);
    }
    colour.set(id, 'black');
  };
  visit(d.start, [d.start]);

  for (const id of Object.keys(nodes)) if (!colour.has(id)) issues.push({ node: id, message: '从起始情境走不到这里' });
  return issues;
}

/** Decision points on the longest path and whether any choice is a critical error, for content rules. */
export function drillShape(d: Drill): { decisions: number; criticalChoices: number; endings: number } {
  const memo = new Map<string, number>();
  const depth = (id: string, seen: Set<string>): number => {
    if (memo.has(id)) return memo.get(id)!;
    const n = d.nodes[id];
    if (!n || n.end || seen.has(id)) return 0;
    const next = new Set(seen).add(id);
    const v = 1 + Math.max(0, ...n.choices.map((c) => depth(c.next, next)));
    memo.set(id, v);
    return v;
  };
  const all = Object.values(d.nodes);
  return {
    decisions: depth(d.start, new Set()),
    criticalChoices: all.flatMap((n) => n.choices).filter((c) => c.critical).length,
    endings: all.filter((n) => n.end).length,
  };
}
