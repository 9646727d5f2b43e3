/**
 * 应知应会 cards per role on FSRS: due cards first, then at most NEW_PER_DAY new ones a day. Think
 * of the answer, show it, then rate 忘记 / 困难 / 记得 / 简单 from the bar at the bottom of the screen.
 */
import '../styles/training.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { deckCounts, dueQueue, newToday, review, type RatingName } from '../lib/cards.ts';
import { cards } from '../stores/cards.ts';
import { settings } from '../stores/settings.ts';
import type { Deck } from '../data/training.ts';
import { RatingBar } from './cards/RatingBar.tsx';
import { Notices } from './Notices.tsx';
import { useStored } from './useStored.ts';

export default function Flashcards({ decks }: { decks: Deck[] }) {
  const all = useStored(cards.$store, cards.initial);
  const s = useStored(settings.$store, settings.initial);
  const [role, setRole] = useState(decks[0]?.role ?? '');
  const [shown, setShown] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  // where focus goes after showing an answer (the answer) and after rating (the next card)
  const focusTo = useRef<'back' | 'next' | null>(null);
  const back = useRef<HTMLDivElement>(null);
  const next = useRef<HTMLElement>(null);
  const box = useRef<HTMLElement>(null);
  useEffect(() => {
    if (s.role && decks.some((d) => d.role === s.role)) setRole(s.role);
  }, [s.role]);
  useEffect(() => {
    const to = focusTo.current;
    focusTo.current = null;
    if (to === 'next') next.current?.focus();
    if (to === 'back') {
      // the card's top at the top of the screen: question and answer above the rating bar
      back.current?.focus({ preventScroll: true });
      box.current?.scrollIntoView({ block: 'start' });
    }
  });
  const deck = decks.find((d) => d.role === role) ?? decks[0];
  if (!deck) return <p>还没有卡片。</p>;
  const ids = deck.cards.map((c) => c.id);
  const counts = deckCounts(ids, all, now);
  const queue = dueQueue(ids, all, now);
  const fresh = newToday(ids, all, now);
  const card = deck.cards.find((c) => c.id === queue[0]);

  const rate = (r: RatingName) => {
    if (!card) return;
    const t = Date.now();
    cards.update((cur) => ({ ...cur, [card.id]: review(cur[card.id], r, t) }));
    focusTo.current = 'next';
    setShown(false);
    setNow(t);
  };

  return (
    <div class="flashcards">
      <Notices />
      <label class="field">
        <span>岗位</span>
        <select
          value={deck.role}
          onChange={(e) => {
            setRole((e.target as HTMLSelectElement).value);
            setShown(false);
          }}
        >
          {decks.map((d) => (
            <option key={d.role} value={d.role}>
              {d.title}（{d.cards.length} 张）
            </option>
          ))}
        </select>
      </label>
      <dl class="stats">
        <div>
          <dt>待复习</dt>
          <dd data-stat="due">{counts.due}</dd>
        </div>
        <div>
          <dt>没学过</dt>
          <dd data-stat="new">{counts.new}</dd>
        </div>
        <div>
          <dt>学习中</dt>
          <dd data-stat="learning">{counts.learning}</dd>
        </div>
        <div>
          <dt>已掌握</dt>
          <dd data-stat="learned">{counts.learned}</dd>
        </div>
      </dl>
      <p class="new-today" data-new-today>
        今天的新卡：还有 {fresh.left} 张{fresh.started > 0 && `（已学 ${fresh.started} 张）`}。每天最多 {fresh.limit} 张新卡
        {fresh.later > 0 ? `，其余 ${fresh.later} 张明天起每天出 ${fresh.limit} 张。` : '。'}
      </p>
      {card ? (
        <section class="card" aria-labelledby="card-front" ref={box}>
          <p class="card-meta">
            {all[card.id] ? '复习' : '新卡'} · 今天还有 {queue.length} 张
          </p>
          <p class="front" id="card-front">
            {card.front}
          </p>
          {shown ? (
            <>
              <div class="back" tabIndex={-1} ref={back}>
                <p class="back-label">答案</p>
                <p>{card.back}</p>
              </div>
              <p>
                <a href={card.href}>查看手册</a>
              </p>
              <RatingBar state={all[card.id]} now={now} rate={rate} />
            </>
          ) : (
            <button
              type="button"
              class="button primary big block"
              ref={next as { current: HTMLButtonElement | null }}
              onClick={() => {
                focusTo.current = 'back';
                setShown(true);
              }}
            >
              显示答案
            </button>
          )}
        </section>
      ) : (
        <div class="empty" tabIndex={-1} ref={next as { current: HTMLDivElement | null }}>
          <strong>{fresh.later > 0 ? `今天的 ${fresh.limit} 张新卡学完了。` : '今天这组卡片都复习完了。'}</strong>
          <p>明天再来：{fresh.later > 0 && `还有 ${fresh.later} 张新卡，每天出 ${fresh.limit} 张；`}到期的卡片会自动排在前面。</p>
        </div>
      )}
    </div>
  );
}
