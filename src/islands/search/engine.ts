/** Pagefind behind the Engine interface; loaded on first use only. */
import type { Engine, EngineHit, HitData } from '../../lib/search/index.ts';
import type { SearchDirectoryData } from '../../lib/search/directory.ts';
import type { PinyinTable } from '../../lib/search/correct.ts';
import { routes } from '../../lib/routes.ts';

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string>; filters: Record<string, string[]> }>;
}
interface Pagefind {
  init: () => Promise<void>;
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string | null, o?: { filters?: Record<string, unknown> }) => Promise<{ results: PagefindResult[] } | null>;
}

let pagefind: Promise<Pagefind> | undefined;
/** /search-aliases.json (src/data/search-directory.ts) */
export type Directory = SearchDirectoryData;
const EMPTY: Directory = { aliases: {}, pages: [], variants: {}, descriptions: {}, fillers: [], weak: [] };
let directory: Promise<Directory> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    // noWorker: the index is small; a worker would fetch its own 11 KB script and compile the wasm twice.
    await pf.options({ excerptLength: 24, noWorker: true });
    await pf.init();
    return pf;
  })();
  return pagefind;
}

/** Aliases and the page directory, one small file fetched on first use. */
export function loadDirectory(): Promise<Directory> {
  // The page's own script starts this download the moment the search box is touched, while the
  // island's code is still on its way (src/layouts/inline-scripts.ts); take that one if it is there.
  const early = (globalThis as { __wuyeDirectory?: Promise<unknown> }).__wuyeDirectory;
  directory ??= ((early as Promise<Response | null> | undefined) ?? fetch(routes.data.searchDirectory)).then((r) => (r && r.ok ? (r.json() as Promise<Directory>) : EMPTY)).catch(() => EMPTY);
  return directory;
}

let pinyin: Promise<PinyinTable | undefined> | undefined;

/**
 * Readings for correcting wrong characters: fetched the first time a query holds a stretch the
 * site's words do not cover, then kept. Without it search still works, uncorrected.
 */
export function loadPinyin(): Promise<PinyinTable | undefined> {
  pinyin ??= fetch(routes.data.searchPinyin)
    .then((r) => (r.ok ? (r.json() as Promise<PinyinTable>) : undefined))
    .catch(() => undefined);
  return pinyin;
}

export function pagefindEngine(): Engine {
  const seen = new Map<string, PagefindResult>();
  const keep = (res: { results: PagefindResult[] } | null): EngineHit[] =>
    (res?.results ?? []).map((r) => {
      seen.set(r.id, r);
      return { id: r.id, score: r.score };
    });
  return {
    async search(q, filters) {
      return keep(await (await loadPagefind()).search(q, filters ? { filters } : undefined));
    },
    async pages(ids) {
      return keep(await (await loadPagefind()).search(null, { filters: { page: { any: ids } } }));
    },
    async data(id): Promise<HitData> {
      const r = seen.get(id);
      if (!r) throw new Error(`unknown result ${id}`);
      const d = await r.data();
      return { url: d.url, title: d.meta.title ?? d.url, excerpt: d.excerpt, section: d.filters.section?.[0] };
    },
  };
}
