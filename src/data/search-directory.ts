import { getCollection } from 'astro:content';
import type { AliasMap } from '../lib/search/index.ts';
import type { DirectoryEntry, SearchDirectoryData } from '../lib/search/directory.ts';

export type { SearchDirectoryData };
import { DESCRIPTIONS } from '../lib/search/data/descriptions.ts';
import { FILLERS, WEAK_WORDS } from '../lib/search/data/spoken.ts';
import { VARIANTS } from '../lib/search/data/variants.ts';
import { pageIdOf } from '../lib/routes.ts';

import { getDays, getHandbook, getPlans, getRoles, getSite } from './content';

/**
 * content/aliases.yaml, every page's title, summary, colloquial names and typical questions, and
 * the query-understanding tables (data, so they do not weigh on the search code).
 */
export async function searchDirectoryData(): Promise<SearchDirectoryData> {
  const aliases: AliasMap = {};
  for (const e of await getCollection('aliases')) aliases[e.id] = e.data;
  const site = await getSite();
  const entry = (id: string, section: string, d: { title: string; summary: string; aliases: string[]; questions: string[] }): DirectoryEntry => ({
    id,
    title: d.title,
    summary: d.summary,
    section,
    words: [...d.aliases, ...d.questions].join('|'),
  });
  const pages: DirectoryEntry[] = [
    ...(await getPlans()).map((p) => entry(pageIdOf.emergency(p.id), '应急', p.data)),
    ...(await getHandbook()).map((p) => entry(pageIdOf.handbook(p.id), site.sections[p.id.split('/')[0]].filter, p.data)),
    ...(await getRoles()).map((p) => entry(pageIdOf.role(p.id), '岗位', p.data)),
    ...(await getDays()).map((p) => entry(pageIdOf.day(p.id), '岗位', p.data)),
  ];
  return { aliases, pages, variants: VARIANTS, descriptions: DESCRIPTIONS, fillers: FILLERS, weak: WEAK_WORDS };
}
