import type { Checker } from './context.ts';

/** A role's day: a known role, and every slot's reference leads to a page and anchor. */
export const checkDay: Checker = ({ parsed, roleIds, checkIn, checkSources, checkAnchor }) => {
  for (const { entry, data } of parsed.day) {
    checkSources(entry.file, data.sources);
    checkIn(entry.file, 'role', data.role, roleIds, '岗位');
    data.slots.forEach((s, i) => s.ref && checkAnchor(entry.file, `slots.${i}.ref`, s.ref));
    data.weekly.forEach((s, i) => s.ref && checkAnchor(entry.file, `weekly.${i}.ref`, s.ref));
    data.monthly.forEach((s, i) => s.ref && checkAnchor(entry.file, `monthly.${i}.ref`, s.ref));
  }
};
