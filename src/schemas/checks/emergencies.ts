import { unique, type Checker } from './context.ts';

/** Emergency plans: known actors and contacts, and a time limit only where a source sets it. */
export const checkEmergencies: Checker = ({ parsed, report, actors, contacts, checkIn, checkSources }) => {
  for (const { entry, data } of parsed.emergencies) {
    checkSources(entry.file, data.sources);
    data.roles.forEach((r, i) => checkIn(entry.file, `roles.${i}`, r, actors, '岗位（site.yaml 的 actors 里没有）'));
    data.contacts.forEach((c, i) => checkIn(entry.file, `contacts.${i}`, c, contacts, '联系方式（site.yaml 的 contacts 里没有）'));
    data.steps.forEach((s, i) => checkIn(entry.file, `steps.${i}.role`, s.role, actors, '岗位（site.yaml 的 actors 里没有）'));
    const planSources = new Set(data.sources.map((s) => s.ref));
    data.steps.forEach((s, i) => {
      if (s.withinMinutes !== undefined && !s.limitSource)
        report(entry.file, `steps.${i}.limitSource`, `写了 ${s.withinMinutes} 分钟时限，就要写明规定这个时限的出处（sources.yaml 的键）；没有出处的写 when: 立即 / 尽快`);
      else if (s.limitSource && !s.withinMinutes) report(entry.file, `steps.${i}.limitSource`, '没有 withinMinutes，不需要 limitSource');
      else if (s.limitSource && !planSources.has(s.limitSource)) report(entry.file, `steps.${i}.limitSource`, `时限出处「${s.limitSource}」要同时列在本预案的 sources 里`);
    });
    unique(
      report,
      entry.file,
      'steps',
      data.steps.map((s) => s.id),
    );
    unique(
      report,
      entry.file,
      'never',
      data.never.map((s) => s.id),
    );
  }
};
