import type { Checker } from './context.ts';

/** content/site.yaml: the posts a project may have are posts the company defines. */
export const checkSite: Checker = ({ raw, site, actors, checkIn }) => {
  (site?.posts ?? []).forEach((p, i) => checkIn(raw.site.file, `posts.${i}`, p, actors, '岗位（actors 里没有）'));
};
