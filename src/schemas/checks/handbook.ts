import { unique, type Checker } from './context.ts';

/** Handbook pages: in a known section's folder, citing known sources and roles. */
export const checkHandbook: Checker = ({ parsed, report, sections, roleIds, checkIn, checkSources }) => {
  for (const { entry, data } of parsed.handbook) {
    const section = entry.id.split('/')[0];
    if (!entry.id.includes('/')) report(entry.file, '', '手册页面必须放在 content/handbook/<栏目>/ 下');
    else checkIn(entry.file, '（所在文件夹）', section, sections, '手册栏目（site.yaml 的 sections 里没有）');
    checkSources(entry.file, data.sources);
    data.roles.forEach((r, i) => checkIn(entry.file, `roles.${i}`, r, roleIds, '岗位'));
    unique(
      report,
      entry.file,
      'timeLimits',
      data.timeLimits.map((t) => t.id),
    );
    unique(
      report,
      entry.file,
      'steps',
      data.steps.map((t) => t.id),
    );
  }
};
