/** One question of any type, answered with native controls so it works by keyboard and screen reader. */
import '../../styles/question.css';
import { useMemo } from 'preact/hooks';
import { optionOrder } from '../../lib/quiz/options.ts';
import { scrambledOrder } from '../../lib/random.ts';
import type { Question, Response } from '../../lib/quiz/types.ts';
import { TYPE_LABEL } from '../../lib/quiz/types.ts';

interface Props {
  q: Question;
  value: Response | undefined;
  locked: boolean;
  onChange: (r: Response) => void;
  /** the attempt's seed: options, order and match lists are shuffled by it, the same after a reload */
  seed?: string;
}

export function initialResponse(q: Question, seed = ''): Response | undefined {
  if (q.type === 'order') return { type: 'order', order: scrambledOrder(q.items.length, q.id + seed) };
  if (q.type === 'match') return { type: 'match', pairs: q.pairs.map(() => -1) };
  return undefined;
}

export function isAnswered(r: Response | undefined): boolean {
  if (!r) return false;
  if (r.type === 'multiple') return r.choices.length > 0;
  if (r.type === 'number') return r.text.trim() !== '';
  if (r.type === 'match') return r.pairs.every((p) => p >= 0);
  return true;
}

export function QuestionView({ q, value, locked, onChange, seed = '' }: Props) {
  const name = `q-${q.id}`;
  const rights = useMemo(() => (q.type === 'match' ? scrambledOrder(q.pairs.length, q.id + seed + 'm') : []), [q, seed]);
  const shown = useMemo(() => optionOrder(q, seed), [q, seed]);
  return (
    <fieldset class="question" disabled={locked}>
      <legend>
        <span class="tag">{TYPE_LABEL[q.type]}</span> {q.prompt}
      </legend>
      {q.type === 'scenario' && <p class="situation">{q.situation}</p>}
      {(q.type === 'single' || q.type === 'scenario') &&
        shown.map((i) => (
          <label class="option" key={i}>
            <input type="radio" name={name} checked={value?.type === q.type && value.choice === i} onChange={() => onChange({ type: q.type, choice: i })} />
            <span>{q.options[i]}</span>
          </label>
        ))}
      {q.type === 'multiple' && (
        <>
          <p class="hint">可以选多项</p>
          {shown.map((i) => {
            const o = q.options[i];
            const picked = value?.type === 'multiple' ? value.choices : [];
            return (
              <label class="option" key={i}>
                <input
                  type="checkbox"
                  name={name}
                  checked={picked.includes(i)}
                  onChange={(e) => {
                    const on = (e.target as HTMLInputElement).checked;
                    onChange({ type: 'multiple', choices: on ? [...picked, i].sort((a, b) => a - b) : picked.filter((x) => x !== i) });
                  }}
                />
                <span>{o}</span>
              </label>
            );
          })}
        </>
      )}
      {q.type === 'truefalse' &&
        ([true, false] as const).map((v) => (
          <label class="option" key={String(v)}>
            <input type="radio" name={name} checked={value?.type === 'truefalse' && value.value === v} onChange={() => onChange({ type: 'truefalse', value: v })} />
            <span>{v ? '对' : '错'}</span>
          </label>
        ))}
      {q.type === 'number' && (
        <label class="number">
          <span class="visually-hidden">填写数字</span>
          <input
            type="text"
            inputMode="decimal"
            autocomplete="off"
            value={value?.type === 'number' ? value.text : ''}
            onInput={(e) => onChange({ type: 'number', text: (e.target as HTMLInputElement).value })}
          />
          <span>{q.unit}</span>
        </label>
      )}
      {q.type === 'order' && value?.type === 'order' && (
        <>
          <p class="hint">用「上移」「下移」排出正确顺序；不动的话，按现在的顺序作答。</p>
          <ol class="order-list">
            {value.order.map((item, pos) => {
              const move = (d: number) => {
                const next = [...value.order];
                [next[pos], next[pos + d]] = [next[pos + d], next[pos]];
                onChange({ type: 'order', order: next });
              };
              return (
                <li key={item}>
                  <span>{q.items[item]}</span>
                  <span class="order-buttons">
                    <button type="button" disabled={locked || pos === 0} aria-label={`上移：${q.items[item]}`} onClick={() => move(-1)}>
                      ↑ 上移
                    </button>
                    <button type="button" disabled={locked || pos === value.order.length - 1} aria-label={`下移：${q.items[item]}`} onClick={() => move(1)}>
                      ↓ 下移
                    </button>
                  </span>
                </li>
              );
            })}
          </ol>
        </>
      )}
      {q.type === 'match' && value?.type === 'match' && (
        <div class="match">
          {q.pairs.map((p, i) => (
            <label key={i} class="match-row">
              <span>{p.left}</span>
              <select
                value={String(value.pairs[i])}
                onChange={(e) => {
                  const next = [...value.pairs];
                  next[i] = Number((e.target as HTMLSelectElement).value);
                  onChange({ type: 'match', pairs: next });
                }}
              >
                <option value="-1">请选择</option>
                {rights.map((r) => (
                  <option key={r} value={String(r)}>
                    {q.pairs[r].right}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      )}
    </fieldset>
  );
}
