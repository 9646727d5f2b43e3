export { normalizeQuery } from './normalize.ts';
export { expandAliases, type AliasMap, type AliasEntry } from './aliases.ts';
export { planQuery, intlSegment, type QueryPlan } from './plan.ts';
export { runSearch, type Engine, type EngineHit, type HitData, type Ranked } from './rank.ts';
export { excerptParts, tidyExcerpt, type ExcerptPart } from './excerpt.ts';

/** The facets staff can filter by, in display order. */
export const SEARCH_SECTIONS = ['应急', '流程与标准', '礼仪', '岗位', '培训'] as const;
export type SearchSection = (typeof SEARCH_SECTIONS)[number];
