import { unique, type Checker } from './context.ts';

/** Checklists: a known role, unique item ids, every item's source a real page and anchor. */
export const checkChecklists: Checker = ({ parsed, report, roleIds, checkIn, checkSources, checkAnchor }) => {
  for (const { entry, data } of parsed.checklists) {
    checkSources(entry.file, data.sources);
    checkIn(entry.file, 'role', data.role, roleIds, '岗位');
    unique(
      report,
      entry.file,
      'items',
      data.items.map((t) => t.id),
    );
    data.items.forEach((it, i) => it.source && checkAnchor(entry.file, `items.${i}.source`, it.source));
  }
};
