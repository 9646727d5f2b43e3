import { PATH_KIND_EDITOR_LABEL } from '../../lib/labels.ts';
import type { Checker } from './context.ts';

/** Role pages: a known actor, and must-know items and a learning path that lead somewhere. */
export const checkRoles: Checker = ({ raw, parsed, actors, roleIds, checkIn, checkSources, checkAnchor }) => {
  const targets: Record<Exclude<keyof typeof PATH_KIND_EDITOR_LABEL, 'read'>, Set<string>> = {
    quiz: new Set(raw.quizzes.map((e) => e.id)),
    drill: new Set(raw.drills.map((e) => e.id)),
    checklist: new Set(raw.checklists.map((e) => e.id)),
    cards: roleIds,
  };
  for (const { entry, data } of parsed.roles) {
    checkSources(entry.file, data.sources);
    checkIn(entry.file, 'actor', data.actor, actors, '岗位（site.yaml 的 actors 里没有）');
    data.mustKnow.forEach((m, i) => checkAnchor(entry.file, `mustKnow.${i}.ref`, m.ref));
    data.path.forEach((p, i) => {
      if (p.kind === 'read') checkAnchor(entry.file, `path.${i}.ref`, p.ref);
      else checkIn(entry.file, `path.${i}.ref`, p.ref, targets[p.kind], PATH_KIND_EDITOR_LABEL[p.kind]);
    });
  }
};
