/**
 * The four ratings, kept at the bottom of the screen once the answer shows: each button has its
 * word, its colour and when the card would come back, so colour is never the only cue. Keys 1–4
 * rate too.
 */
import { useEffect } from 'preact/hooks';
import { RATINGS, nextIntervalText, type RatingName } from '../../lib/cards.ts';
import type { CardState } from '../../lib/storage/schemas.ts';

export function RatingBar({ state, now, rate }: { state: CardState | undefined; now: number; rate: (r: RatingName) => void }) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const i = '1234'.indexOf(e.key);
      if (i < 0 || e.altKey || e.ctrlKey || e.metaKey || /^(INPUT|SELECT|TEXTAREA)$/.test((e.target as Element).tagName)) return;
      e.preventDefault();
      rate(RATINGS[i].name);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [rate]);
  return (
    <div class="rating-bar" role="group" aria-labelledby="rating-q">
      <p id="rating-q" class="rating-q">
        记得怎么样？
      </p>
      <div class="ratings">
        {RATINGS.map((r, i) => (
          <button type="button" class={`rate rate-${r.name}`} key={r.name} aria-keyshortcuts={String(i + 1)} onClick={() => rate(r.name)}>
            <strong>{r.label}</strong>
            <small>{nextIntervalText(state, r.name, now)}</small>
          </button>
        ))}
      </div>
    </div>
  );
}
