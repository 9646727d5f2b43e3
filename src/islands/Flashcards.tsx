/** 应知应会 cards per role on FSRS: due cards first, then new ones; 忘记/困难/良好/简单. */
import '../styles/training.css';
import { useEffect, useState } from 'preact/hooks';
import { RATINGS, deckCounts, dueQueue, nextIntervalText, review, type RatingName } from '../lib/cards.ts';
import { cards } from '../stores/cards.ts';
import { settings } from '../stores/settings.ts';
import type { Deck } from '../data/training.ts';
import { Notices } from './Notices.tsx';
import { useStored } from './useStored.ts';

export default function Flashcards({ decks }: { decks: Deck[] }) {
  const all = useStored(cards.$store, cards.initial);
  const s = useStored(settings.$store, settings.initial);
  const [role, setRole] = useState(decks[0]?.role ?? '');
  const [shown, setShown] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (s.role && decks.some((d) => d.role === s.role)) setRole(s.role);
  }, [s.role]);
  const deck = decks.find((d) => d.role === role) ?? decks[0];
  if (!deck) return <p>还没有卡片。</p>;
  const ids = deck.cards.map((c) => c.id);
  const counts = deckCounts(ids, all, now);
  const queue = dueQueue(ids, all, now);
  const card = deck.cards.find((c) => c.id === queue[0]);

  const rate = (r: RatingName) => {
    if (!card) return;
    const t = Date.now();
    cards.update((cur) => ({ ...cur, [card.id]: review(cur[card.id], r, t) }));
    setShown(false);
    setNow(t);
  };

  return (
    <div class="flashcards">
      <Notices />
      <label class="field">
        <span>岗位</span>
        <select value={deck.role} onChange={(e) => { setRole((e.target as HTMLSelectElement).value); setShown(false); }}>
          {decks.map((d) => (
            <option key={d.role} value={d.role}>{d.title}（{d.cards.length} 张）</option>
          ))}
        </select>
      </label>
      <dl class="stats">
        <div><dt>待复习</dt><dd data-stat="due">{counts.due}</dd></div>
        <div><dt>新卡</dt><dd data-stat="new">{counts.new}</dd></div>
        <div><dt>已掌握</dt><dd data-stat="learned">{counts.learned}</dd></div>
      </dl>
      {card ? (
        <section class="card" aria-live="polite">
          <p class="front">{card.front}</p>
          {shown ? (
            <>
              <p class="back">{card.back}</p>
              <p><a href={card.href}>查看手册</a></p>
              <div class="ratings" role="group" aria-label="记得怎么样">
                {RATINGS.map((r) => (
                  <button type="button" class="button" key={r.name} onClick={() => rate(r.name)}>
                    {r.label}
                    <small>{nextIntervalText(all[card.id], r.name, now)}</small>
                  </button>
                ))}
              </div>
            </>
          ) : (
            <button type="button" class="button primary" onClick={() => setShown(true)}>显示答案</button>
          )}
        </section>
      ) : (
        <p role="status">今天这组卡片都复习完了。明天再来。</p>
      )}
    </div>
  );
}
