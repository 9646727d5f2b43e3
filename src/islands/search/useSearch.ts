import { useEffect, useState } from 'preact/hooks';
import { planQuery, runSearch, type Ranked } from '../../lib/search/index.ts';
import { searchDirectory } from '../../lib/search/directory.ts';
import { loadDirectory, pagefindEngine } from './engine.ts';

export type SearchState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'done'; query: string; results: Ranked[] }
  | { status: 'error'; message: string };

/**
 * Debounced search; the last query typed wins even if an earlier one answers later. With
 * `quick`, the page directory answers first and Pagefind loads only if it finds nothing.
 */
export function useSearch(query: string, section: string | undefined, limit: number, quick = false): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setState({ status: 'idle' });
      return;
    }
    let live = true;
    setState({ status: 'loading' });
    const t = setTimeout(async () => {
      try {
        const dir = await loadDirectory();
        const plan = planQuery(q, dir.aliases);
        const fromDirectory = quick ? searchDirectory(plan, dir.pages, limit) : [];
        const results = fromDirectory.length ? fromDirectory : await runSearch(plan, pagefindEngine(), { section, limit });
        if (live) setState({ status: 'done', query: q, results });
      } catch {
        if (live) setState({ status: 'error', message: '搜索暂时不可用：请刷新页面再试，或从「手册」「应急」目录查找。' });
      }
    }, 120);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [query, section, limit, quick]);
  return state;
}
