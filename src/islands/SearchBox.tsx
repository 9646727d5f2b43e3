/**
 * Header search. Server-rendered as a plain GET form to /search/ (works with no JavaScript);
 * hydrated by client:focus, it then shows live results under the box.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { Excerpt } from './search/Excerpt.tsx';
import { Corrected, NothingFound } from './search/Notices.tsx';
import { loadDirectory } from './search/engine.ts';
import { useSearch } from './search/useSearch.ts';
import { routes } from '../lib/routes.ts';

export default function SearchBox() {
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const [exact, setExact] = useState(false);
  const state = useSearch(query, undefined, 6, 'quick', exact);
  const results = state.status === 'done' ? state.results : [];

  // Whatever was typed before hydration finished is searched straight away. The page's own script
  // (src/layouts/inline-scripts.ts) started the directory download and loaded the word segmenter's
  // dictionary (~70 ms on a cheap phone) the moment the box was touched, while this code was
  // still downloading.
  useEffect(() => {
    void loadDirectory();
    const v = input.current?.value ?? '';
    if (v) {
      setQuery(v);
      setOpen(true);
    }
  }, []);
  useEffect(() => {
    setActive(-1);
    setExact(false);
  }, [query]);

  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' && results.length) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (a + 1) % results.length);
    } else if (e.key === 'ArrowUp' && results.length) {
      e.preventDefault();
      setActive((a) => (a <= 0 ? results.length - 1 : a - 1));
    } else if (e.key === 'Enter' && active >= 0 && results[active]) {
      e.preventDefault();
      location.href = results[active].url;
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };
  const showList = open && query.trim() !== '';
  const listId = 'search-suggest';

  return (
    <form class="search" action={routes.search.index} method="get" role="search" aria-label="全站搜索" onSubmit={() => setOpen(false)}>
      <label for="site-search" class="visually-hidden">
        搜索手册
      </label>
      <input
        ref={input}
        id="site-search"
        name="q"
        type="search"
        autocomplete="off"
        enterkeyhint="search"
        placeholder="搜：困梯、跑水、没电、装修押金…"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
        onInput={(e) => {
          setQuery((e.target as HTMLInputElement).value);
          setOpen(true);
        }}
        onKeyDown={onKey}
        onFocus={() => setOpen(true)}
      />
      <button type="submit">搜索</button>
      {showList && (
        <div class="suggest" aria-live="polite" data-done={state.status === 'done' && state.complete ? state.query : undefined}>
          {state.status === 'loading' && <p class="muted">正在查找…</p>}
          {state.status === 'error' && <p role="alert">{state.message}</p>}
          {state.status === 'done' && state.corrected && <Corrected corrected={state.corrected} typed={state.query} onExact={() => setExact(true)} />}
          {state.status === 'done' && results.length === 0 && <NothingFound query={state.query} nearest={state.nearest} />}
          {results.length > 0 && (
            <ul id={listId} role="listbox" aria-label="搜索结果" data-search-suggest>
              {results.map((r, i) => (
                <li id={`${listId}-${i}`} role="option" aria-selected={i === active} key={r.id}>
                  <a href={r.url} tabIndex={-1}>
                    <strong>{r.title}</strong>
                    {r.section && <span class="tag">{r.section}</span>}
                    <small>
                      <Excerpt html={r.excerpt} />
                    </small>
                  </a>
                </li>
              ))}
            </ul>
          )}
          {state.status === 'done' && (
            <a class="all-results" href={routes.search.results(query, exact)}>
              查看全部结果
            </a>
          )}
        </div>
      )}
    </form>
  );
}
