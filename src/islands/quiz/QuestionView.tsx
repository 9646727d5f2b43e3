/** One question of any type, answered with native controls so it works by keyboard and screen reader. */
import '../../styles/question.css';
import { useMemo } from 'preact/hooks';
import { optionOrder } from '../../lib/quiz/options.ts';
import { choiceMark, type ChoiceMark, type ChoiceQuestion } from '../../lib/quiz/score.ts';
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
  /** practice, once answered: each choice says in place whether it was picked and whether it is right (never in exams) */
  reveal?: boolean;
}

/** Words, not colour alone: the mark is part of the option's label, so a screen reader reads it too. */
const MARK_TEXT: Record<Exclude<ChoiceMark, null>, string> = { hit: '✓ 选对了', key: '✓ 正确答案', miss: '✗ 选错了' };
interface ChoiceProps {
  kind: 'radio' | 'checkbox';
  name: string;
  text: string;
  mark: ChoiceMark;
  checked: boolean;
  onChange: (on: boolean) => void;
}
function Choice({ kind, name, text, mark, checked, onChange }: ChoiceProps) {
  return (
    <label class={mark ? `option is-${mark}` : 'option'}>
      <input type={kind} name={name} checked={checked} onChange={(e) => onChange((e.target as HTMLInputElement).checked)} />
      <span>
        {text}
        {mark && <strong class="mark">{MARK_TEXT[mark]}</strong>}
      </span>
    </label>
  );
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

export function QuestionView({ q, value, locked, onChange, seed = '', reveal = false }: Props) {
  const name = `q-${q.id}`;
  // called only where q is one of the choice types
  const mark = (choice: number | boolean) => (reveal ? choiceMark(q as ChoiceQuestion, value, choice) : null);
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
          <Choice key={i} kind="radio" name={name} text={q.options[i]} mark={mark(i)} checked={value?.type === q.type && value.choice === i} onChange={() => onChange({ type: q.type, choice: i })} />
        ))}
      {q.type === 'multiple' && (
        <>
          <p class="hint">可以选多项</p>
          {shown.map((i) => {
            const picked = value?.type === 'multiple' ? value.choices : [];
            return (
              <Choice
                key={i}
                kind="checkbox"
                name={name}
                text={q.options[i]}
                mark={mark(i)}
                checked={picked.includes(i)}
                onChange={(on) => onChange({ type: 'multiple', choices: on ? [...picked, i].sort((a, b) => a - b) : picked.filter((x) => x !== i) })}
              />
            );
          })}
        </>
      )}
      {q.type === 'truefalse' &&
        ([true, false] as const).map((v) => (
          <Choice
            key={String(v)}
            kind="radio"
            name={name}
            text={v ? '对' : '错'}
            mark={mark(v)}
            checked={value?.type === 'truefalse' && value.value === v}
            onChange={() => onChange({ type: 'truefalse', value: v })}
          />
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
