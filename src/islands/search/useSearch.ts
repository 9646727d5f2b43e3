import { useEffect, useState } from 'preact/hooks';
import { planQuery, runSearch, type Ranked } from '../../lib/search/index.ts';
import { mergeRanked, searchDirectory } from '../../lib/search/directory.ts';
import { loadDirectory, pagefindEngine } from './engine.ts';

export type SearchState =
  | { status: 'idle' }
  | { status: 'loading' }
  /** complete: false while full text is still adding pages below the directory's answers */
  | { status: 'done'; query: string; results: Ranked[]; complete: boolean }
  | { status: 'error'; message: string };

/**
 * How far a search goes. Both answer from the small page directory first, so a slow phone shows
 * results before Pagefind's index has loaded. `quick` (the header box) stops there when the
 * directory found something; `complete` (the search page) then adds full-text results below.
 */
export type SearchMode = 'quick' | 'complete';

const FULL_TEXT_PAUSE_MS = 120;
const FAILED = '搜索暂时不可用：请刷新页面再试，或从「手册」「应急」目录查找。';

/**
 * The page directory answers on every keystroke (it is in memory and small); full text waits
 * until typing pauses, so half-typed words do not fetch index chunks. The last query typed wins
 * even if an earlier one answers later.
 */
export function useSearch(query: string, section: string | undefined, limit: number, mode: SearchMode): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setState({ status: 'idle' });
      return;
    }
    let live = true;
    let pause: ReturnType<typeof setTimeout> | undefined;
    setState({ status: 'loading' });
    void (async () => {
      let first: Ranked[] = [];
      try {
        const dir = await loadDirectory();
        if (!live) return;
        const plan = planQuery(q, dir.aliases);
        const pages = section ? dir.pages.filter((p) => p.section === section) : dir.pages;
        first = searchDirectory(plan, pages, limit);
        if (first.length) setState({ status: 'done', query: q, results: first, complete: mode === 'quick' });
        if (first.length && mode === 'quick') return;
        await new Promise((r) => (pause = setTimeout(r, FULL_TEXT_PAUSE_MS)));
        if (!live) return;
        const full = await runSearch(plan, pagefindEngine(), { section, limit });
        if (live) setState({ status: 'done', query: q, results: mergeRanked(first, full, limit), complete: true });
      } catch {
        // Directory answers already shown stay: only a search with nothing to show is an error.
        if (!live) return;
        setState(first.length ? { status: 'done', query: q, results: first, complete: true } : { status: 'error', message: FAILED });
      }
    })();
    return () => {
      live = false;
      clearTimeout(pause);
    };
  }, [query, section, limit, mode]);
  return state;
}
