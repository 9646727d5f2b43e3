/** /search/?q=… — results for the query in the URL, so a search can be shared as a link. */
import { useEffect, useState } from 'preact/hooks';
import { SEARCH_SECTIONS } from '../lib/search/index.ts';
import { Excerpt } from './search/Excerpt.tsx';
import { Corrected, NothingFound } from './search/Notices.tsx';
import { useSearch } from './search/useSearch.ts';

export default function SearchPage() {
  const [query, setQuery] = useState('');
  const [draft, setDraft] = useState('');
  const [section, setSection] = useState<string | undefined>(undefined);
  const [exact, setExact] = useState(false);
  useEffect(() => {
    const p = new URLSearchParams(location.search);
    const q = p.get('q') ?? '';
    const s = p.get('section') ?? undefined;
    if (p.get('exact') === '1') setExact(true);
    // A phone can take a while to run this: text typed before it ran must not be wiped.
    if (q) {
      setQuery(q);
      setDraft((d) => d || q);
    }
    if (s && (SEARCH_SECTIONS as readonly string[]).includes(s)) setSection(s);
  }, []);
  const state = useSearch(query, section, 20, 'complete', exact);

  const commit = (q: string, s: string | undefined, asTyped = q === query && exact) => {
    setQuery(q);
    setSection(s);
    setExact(asTyped);
    const p = new URLSearchParams();
    if (q) p.set('q', q);
    if (s) p.set('section', s);
    if (asTyped) p.set('exact', '1');
    history.replaceState(null, '', `?${p}`);
  };

  return (
    <div class="search-page">
      <form
        role="search"
        aria-label="搜索页"
        class="search big"
        onSubmit={(e) => {
          e.preventDefault();
          // the box's own value: it is what the user sees, even if a re-render is still pending
          const typed = String(new FormData(e.currentTarget as HTMLFormElement).get('q') ?? draft);
          setDraft(typed);
          commit(typed, section);
        }}
      >
        <label for="search-q" class="visually-hidden">
          搜索内容
        </label>
        <input id="search-q" name="q" type="search" value={draft} onInput={(e) => setDraft((e.target as HTMLInputElement).value)} placeholder="用自己的话问，比如：有人被关电梯里了" />
        <button type="submit">搜索</button>
      </form>
      <fieldset class="filters">
        <legend>只看</legend>
        {[undefined, ...SEARCH_SECTIONS].map((s) => (
          <label key={s ?? 'all'}>
            <input type="radio" name="section" checked={section === s} onChange={() => commit(query, s)} />
            {s ?? '全部'}
          </label>
        ))}
      </fieldset>
      <div aria-live="polite" class="search-status">
        {state.status === 'idle' && <p>输入要找的事，例如「困梯」「跑水」「装修押金」。</p>}
        {state.status === 'loading' && <p>正在查找…</p>}
        {state.status === 'error' && <p role="alert">{state.message}</p>}
        {state.status === 'done' && (
          <p>
            「{state.query}」{section ? `（${section}）` : ''}找到 {state.results.length} 条{!state.complete && '，正在全文里找更多…'}
          </p>
        )}
        {state.status === 'done' && state.corrected && <Corrected corrected={state.corrected} typed={state.query} onExact={() => commit(query, section, true)} />}
        {state.status === 'done' && state.complete && state.results.length === 0 && <NothingFound query={state.query} nearest={state.nearest} />}
      </div>
      <ol class="results" data-search-results aria-busy={state.status === 'loading' || (state.status === 'done' && !state.complete)}>
        {state.status === 'done' &&
          state.results.map((r) => (
            <li key={r.id}>
              <a href={r.url}>{r.title}</a>
              {r.section && <span class="tag">{r.section}</span>}
              <p>
                <Excerpt html={r.excerpt} />
              </p>
            </li>
          ))}
      </ol>
    </div>
  );
}
