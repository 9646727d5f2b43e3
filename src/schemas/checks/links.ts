import { hrefOf, routes } from '../../lib/routes.ts';
import type { RawEntry } from '../collections.ts';
import { bodyLinks, brokenLink, type SiteMap } from '../content-rules.ts';
import type { Checker } from './context.ts';

/** Links written in page bodies must lead somewhere: the same rule the rendered site is held to. */
export const checkLinks: Checker = ({ raw, anchors, sections, report }) => {
  const siteMap: SiteMap = { pages: new Map() };
  for (const [pageId, set] of anchors) siteMap.pages.set(hrefOf(pageId), set);
  for (const r of raw.staticRoutes ?? [routes.home]) siteMap.pages.set(r, new Set());
  for (const sec of sections) siteMap.pages.set(routes.handbook.section(sec), new Set());
  for (const e of raw.emergencies) siteMap.pages.set(routes.emergency.print(e.id), new Set());
  for (const e of raw.quizzes) siteMap.pages.set(routes.train.quiz(e.id), new Set());
  for (const e of raw.drills) siteMap.pages.set(routes.train.drill(e.id), new Set());
  for (const e of raw.checklists) {
    siteMap.pages.set(routes.train.checklist(e.id), new Set());
    siteMap.pages.set(routes.train.checklistPrint(e.id), new Set());
  }
  const bodies: [RawEntry, string][] = [
    ...raw.handbook.map((e): [RawEntry, string] => [e, routes.handbook.page(e.id)]),
    ...raw.emergencies.map((e): [RawEntry, string] => [e, routes.emergency.plan(e.id)]),
    ...raw.roles.map((e): [RawEntry, string] => [e, routes.roles.role(e.id)]),
    ...raw.day.map((e): [RawEntry, string] => [e, routes.day(e.id)]),
  ];
  // a link written twice on one page is one problem
  for (const [entry, from] of bodies)
    for (const href of new Set(bodyLinks(entry.body ?? ''))) {
      const why = brokenLink(href, from, siteMap);
      if (why) report(entry.file, '正文', why);
    }
};
