import { useEffect, useState } from 'preact/hooks';
import { planQuery, runSearch, type QueryPlan, type Ranked } from '../../lib/search/index.ts';
import { mergeRanked, nearestPages, searchDirectory, type DirectoryEntry } from '../../lib/search/directory.ts';
import { buildVocabulary, type Vocabulary } from '../../lib/search/vocabulary.ts';
import { loadDirectory, loadPinyin, pagefindEngine, type Directory } from './engine.ts';

export type SearchState =
  | { status: 'idle' }
  | { status: 'loading' }
  /**
   * complete: false while full text is still adding pages below the directory's answers;
   * corrected: the words searched instead of what was typed (wrong characters), if any;
   * nearest: when nothing was found, the plans closest to the query, so the screen is never empty
   */
  | { status: 'done'; query: string; results: Ranked[]; complete: boolean; corrected?: string; nearest: Ranked[] }
  | { status: 'error'; message: string };

/**
 * How far a search goes. Both answer from the small page directory first, so a slow phone shows
 * results before Pagefind's index has loaded. `quick` (the header box) stops there when the
 * directory found something; `complete` (the search page) then adds full-text results below.
 */
export type SearchMode = 'quick' | 'complete';

const FULL_TEXT_PAUSE_MS = 120;
/** a phone that has not answered by now shows what it has (or 「没有找到」 with suggestions) */
const NEVER_BLANK_MS = 4000;
const FAILED = '搜索暂时不可用：请刷新页面再试，或从「手册」「应急」目录查找。';

let vocabFor: { dir: Directory; vocab: Vocabulary } | undefined;
function vocabulary(dir: Directory): Vocabulary {
  if (vocabFor?.dir !== dir) vocabFor = { dir, vocab: buildVocabulary(dir.aliases, dir.pages, dir.descriptions) };
  return vocabFor.vocab;
}

/**
 * The page directory answers on every keystroke (it is in memory and small); full text waits
 * until typing pauses, so half-typed words do not fetch index chunks. The last query typed wins
 * even if an earlier one answers later. A query with a stretch the site's words do not cover
 * fetches the readings once and is searched again with its wrong characters corrected, unless
 * `exact` (the person asked for the words as typed).
 */
export function useSearch(query: string, section: string | undefined, limit: number, mode: SearchMode, exact = false): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setState({ status: 'idle' });
      return;
    }
    let live = true;
    let pause: ReturnType<typeof setTimeout> | undefined;
    let shown = false;
    let first: Ranked[] = [];
    let plan: QueryPlan | undefined;
    let pages: DirectoryEntry[] = [];
    const show = (results: Ranked[], complete: boolean) => {
      if (!live) return;
      shown = true;
      const corrected = plan?.corrections.length ? plan.searched : undefined;
      // worked out only when needed: the first result is what a slow phone waits for
      setState({ status: 'done', query: q, results, complete, corrected, nearest: results.length ? [] : nearestPages(q, pages, 3) });
    };
    setState({ status: 'loading' });
    const watchdog = setTimeout(() => {
      if (!shown) show(first, false);
    }, NEVER_BLANK_MS);
    void (async () => {
      try {
        const dir = await loadDirectory();
        if (!live) return;
        const inSection = section ? dir.pages.filter((p) => p.section === section) : dir.pages;
        pages = dir.pages;
        const understand = { vocab: vocabulary(dir), variants: dir.variants, descriptions: dir.descriptions, fillers: dir.fillers, weak: dir.weak };
        plan = planQuery(q, dir.aliases, understand);
        first = searchDirectory(plan, inSection, limit);
        if (first.length) show(first, mode === 'quick' && (!plan.unknown || exact));
        if (plan.unknown && !exact) {
          const pinyin = await loadPinyin();
          if (!live) return;
          const better = pinyin ? planQuery(q, dir.aliases, { ...understand, pinyin }) : plan;
          if (better.corrections.length) {
            plan = better;
            first = searchDirectory(plan, inSection, limit);
            if (first.length) show(first, mode === 'quick');
          } else if (first.length && mode === 'quick') show(first, true);
        }
        if (first.length && mode === 'quick') return;
        await new Promise((r) => (pause = setTimeout(r, FULL_TEXT_PAUSE_MS)));
        if (!live) return;
        const full = await runSearch(plan, pagefindEngine(), { section, limit });
        show(mergeRanked(first, full, limit), true);
      } catch {
        // Directory answers already shown stay: only a search with nothing to show is an error.
        if (!live) return;
        if (first.length) show(first, true);
        else setState({ status: 'error', message: FAILED });
      }
    })();
    return () => {
      live = false;
      clearTimeout(pause);
      clearTimeout(watchdog);
    };
  }, [query, section, limit, mode, exact]);
  return state;
}
