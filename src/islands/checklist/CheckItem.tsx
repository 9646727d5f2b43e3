/**
 * One inspection item: 合格 / 不合格 / 不适用 as a row of large radio buttons (word and colour), a
 * note, and — once the item fails — the follow-up action it needs (整改措施).
 */
import { resultOf, type Result, type Tick } from '../../lib/checklist.ts';
import { RESULT_LABEL } from '../../lib/labels.ts';
import { NoteField } from './NoteField.tsx';
import { useLazy } from '../useLazy.ts';

export interface Item {
  id: string;
  text: string;
  href?: string;
}
interface Props {
  n: number;
  list: string;
  item: Item;
  tick: Tick | undefined;
  /** true once a save was refused because this failed item has no action */
  flagged: boolean;
  set: (patch: { result?: Result; note?: string; action?: string; photos?: string[] }) => void;
}

// photos of a failed item: the camera, scaling and photo store load when an item fails
const loadPhotos = () => import('../photos/PhotoList.tsx');

const RESULTS: Result[] = ['pass', 'fail', 'na'];

export function CheckItem({ n, list, item, tick, flagged, set }: Props) {
  const result = resultOf(tick);
  const photos = tick?.photos ?? [];
  const shots = useLazy(loadPhotos, result === 'fail' || photos.length > 0);
  const name = `${list}-${item.id}`;
  return (
    <li class={`check-item r-${result ?? 'open'}`}>
      <fieldset>
        <legend>
          {/* one string: Preact's hydration keeps SSR text "1." for a vnode 1 (they compare loosely equal) */}
          <span class="n">{`${n}.`}</span> {item.text}
        </legend>
        <div class="results">
          {RESULTS.map((r) => (
            <label key={r} class={`result-${r}${result === r ? ' on' : ''}`}>
              <input type="radio" name={name} value={r} checked={result === r} onChange={() => set({ result: r })} />
              <span>{RESULT_LABEL[r]}</span>
            </label>
          ))}
        </div>
        <div class="item-extra">
          <NoteField label={item.text} stored={tick?.note ?? ''} placeholder={result === 'fail' ? '备注：发现了什么问题' : undefined} onSave={(note) => set({ note })} />
          {item.href && (
            <a href={item.href}>
              标准<span class="visually-hidden">：{item.text}</span>
            </a>
          )}
        </div>
        {result === 'fail' && (
          <NoteField
            label={item.text}
            what="整改措施（不合格必填）"
            shown
            id={`action-${name}`}
            invalid={flagged}
            placeholder="怎么整改、谁负责、什么时候完成"
            stored={tick?.action ?? ''}
            onSave={(action) => set({ action })}
          />
        )}
        {(result === 'fail' || photos.length > 0) && shots.value && (
          <shots.value.PhotoList
            ids={photos}
            label={`第 ${n} 项`}
            full={photos.length >= 10}
            onAdd={(id) => set({ photos: [...photos, id] })}
            onRemove={(id) => set({ photos: photos.filter((p) => p !== id) })}
          />
        )}
      </fieldset>
    </li>
  );
}
