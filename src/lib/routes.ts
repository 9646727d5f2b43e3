/**
 * Every address the site has, and the anchors its templates give, in one place. Pages, islands,
 * the content checks (which must know a link leads somewhere before the site is built) and the
 * inline scripts all build URLs here, so moving a page is a change to this file alone.
 *
 * Content refers to pages by page id — "handbook/cleaning/garbage#steps", "emergency/fire" — the
 * path without its slashes; `hrefOf` turns one into a link.
 */

/** The five collections that become reading pages, and where their pages live. */
export const pageIdOf = {
  handbook: (id: string) => `handbook/${id}`,
  emergency: (id: string) => `emergency/${id}`,
  role: (id: string) => `roles/${id}`,
  day: (id: string) => `day/${id}`,
} as const;
export type PageCollection = keyof typeof pageIdOf;

/** "handbook/cleaning/x#a" → "/handbook/cleaning/x/#a": a page id (+ anchor) as a link. */
export function hrefOf(ref: string): string {
  const [page, anchor] = ref.split('#');
  return `/${page}/` + (anchor ? `#${encodeURIComponent(anchor)}` : '');
}

const at = (path: string, anchor?: string) => (anchor ? `${path}#${anchor}` : path);

/** A page id with an anchor, as content and progress records name a place: "roles/x#kpis". */
export const refOf = (pageId: string, anchor: string) => at(pageId, anchor);

export const routes = {
  home: '/',
  handbook: {
    index: '/handbook/',
    section: (section: string) => `/handbook/${section}/`,
    /** id as the collection has it: "cleaning/garbage-retention" */
    page: (id: string, anchor?: HandbookAnchor) => at(`/${pageIdOf.handbook(id)}/`, anchor),
  },
  emergency: {
    index: '/emergency/',
    plan: (id: string, anchor?: EmergencyAnchor) => at(`/${pageIdOf.emergency(id)}/`, anchor),
    /** 现场处置; `run` reopens one incident record */
    run: (id: string, run?: string) => `/emergency/${id}/run/` + (run ? `?run=${encodeURIComponent(run)}` : ''),
    print: (id: string) => `/emergency/${id}/print/`,
  },
  roles: {
    index: '/roles/',
    role: (id: string, anchor?: RoleAnchor) => at(`/${pageIdOf.role(id)}/`, anchor),
  },
  day: (id: string, anchor?: DayAnchor) => at(`/${pageIdOf.day(id)}/`, anchor),
  train: {
    index: '/train/',
    /** the 演练 list on the training page */
    drills: '/train/#drills',
    cards: '/train/cards/',
    quiz: (bank: string) => `/train/quiz/${bank}/`,
    drill: (id: string) => `/train/drill/${id}/`,
    checklist: (id: string) => `/train/checklist/${id}/`,
    checklistPrint: (id: string) => `/train/checklist/${id}/print/`,
  },
  assess: {
    index: '/assess/',
    console: '/assess/console/',
    /** the exam settings ride in the query: see lib/exam/link.ts */
    take: '/assess/take/',
  },
  me: {
    index: '/me/',
    /** 备份 on 我的 */
    backup: '/me/#backup',
  },
  search: {
    index: '/search/',
    /** the results page for a query, so a search can be shared as a link */
    results: (q: string, exact = false) => `/search/?q=${encodeURIComponent(q)}${exact ? '&exact=1' : ''}`,
  },
  /** this project's numbers and facts */
  project: '/project/',
  /** 环境检测 */
  diag: '/diag/',
  /** what the offline worker shows for a page it has not stored */
  offline: '/offline/',
  /** files the browser fetches, not pages */
  data: {
    searchDirectory: '/search-aliases.json',
    searchPinyin: '/search-pinyin.json',
    version: '/version.json',
    /** the offline service worker */
    worker: '/sw.js',
    examBank: (id: string) => `/exam-data/${encodeURIComponent(id)}.json`,
    /** not on the server: the key the offline worker stores its version under, which pages read offline */
    storedVersion: '/__wuye/version',
  },
} as const;

/** Anchor ids the page templates give to structured parts; templates import these so both agree. */
export const fixedAnchors = {
  handbook: ['summary', 'time-limits', 'steps', 'sources'],
  emergency: ['first-actions', 'steps', 'never', 'contacts', 'record', 'escalation', 'sources'],
  role: ['summary', 'posts', 'duties', 'kpis', 'rhythm', 'must-know', 'path', 'sources'],
  day: ['timeline', 'weekly', 'monthly', 'sources'],
} as const satisfies Record<PageCollection, readonly string[]>;

export const anchorFor = {
  limit: (id: string) => `limit-${id}` as const,
  step: (id: string) => `step-${id}` as const,
  never: (id: string) => `never-${id}` as const,
  kpi: (name: string) => `kpi-${name}` as const,
  slot: (time: string) => `t-${time.replace(':', '')}` as const,
};

/** The anchors a link into each kind of page may name, so a misspelt section is a type error. */
type Fixed<C extends PageCollection> = (typeof fixedAnchors)[C][number];
type Made<K extends keyof typeof anchorFor> = ReturnType<(typeof anchorFor)[K]>;
export type HandbookAnchor = Fixed<'handbook'> | Made<'limit'> | Made<'step'>;
export type EmergencyAnchor = Fixed<'emergency'> | Made<'step'> | Made<'never'>;
export type RoleAnchor = Fixed<'role'> | Made<'kpi'>;
export type DayAnchor = Fixed<'day'> | Made<'slot'>;

/** Search filters a page can belong to (Pagefind's `section` filter), as staff see them. */
export const SEARCH_SECTIONS = ['应急', '流程与标准', '礼仪', '岗位', '培训'] as const;
export type SearchSection = (typeof SEARCH_SECTIONS)[number];
