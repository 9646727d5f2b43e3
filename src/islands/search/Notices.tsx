/** What both search islands say besides results: a corrected query, and nothing found. */
import type { Ranked } from '../../lib/search/index.ts';
import { routes } from '../../lib/routes.ts';

/** 「已按『燃气泄漏』搜索」, with a way back to the words as typed. */
export function Corrected({ corrected, typed, onExact }: { corrected: string; typed: string; onExact: () => void }) {
  return (
    <p class="search-corrected" data-search-corrected>
      已按『{corrected}』搜索。
      <button type="button" class="linklike" onClick={onExact}>
        仍按『{typed}』搜索
      </button>
    </p>
  );
}

/** Never an empty screen: the nearest pages by name, and the list of emergency plans. */
export function NothingFound({ query, nearest }: { query: string; nearest: Ranked[] }) {
  return (
    <div class="search-nothing" data-search-nothing>
      <p>没有找到「{query}」。换个说法试试，比如「电梯困人」「漏水」。</p>
      {nearest.length > 0 && (
        <>
          <p>是不是要找：</p>
          <ul>
            {nearest.map((r) => (
              <li key={r.id}>
                <a href={r.url}>{r.title}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <a href={routes.emergency.index}>看全部应急预案</a>
      </p>
    </div>
  );
}
