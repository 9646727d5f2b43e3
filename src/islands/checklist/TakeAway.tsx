/**
 * 带走这份记录: a checklist round as a picture to long-press and forward, and handed over to
 * another phone or browser (inside WeChat the record stays in WeChat's storage otherwise).
 */
import '../../styles/transfer.css';
import { useState } from 'preact/hooks';
import type { Cadence } from '../../lib/checklist.ts';
import type { Checklists } from '../../lib/storage/checklists-schema.ts';
import { checklists } from '../../stores/checklists.ts';
import { TransferButton } from '../transfer/TransferButton.tsx';
import type { Item } from './CheckItem.tsx';
import { runImage } from './runImage.ts';

interface Props {
  id: string;
  title: string;
  cadence: Cadence;
  items: Item[];
  entry?: Checklists[string];
}

export function TakeAway({ id, title, cadence, items, entry }: Props) {
  const [picture, setPicture] = useState('');
  const current = entry?.current;
  const last = entry?.history[entry.history.length - 1];
  return (
    <section class="no-print" aria-labelledby={`${id}-out`}>
      <h2 id={`${id}-out`}>带走这份记录</h2>
      {current && Object.keys(current.ticks).length > 0 && (
        <button type="button" class="button" onClick={() => void runImage(title, cadence, items, current).then(setPicture)}>
          生成本期检查的图片
        </button>
      )}{' '}
      {last && (
        <button type="button" class="button" onClick={() => void runImage(title, cadence, items, last).then(setPicture)}>
          生成最近一次保存的检查图片
        </button>
      )}
      {picture && (
        <figure class="record-picture">
          <img src={picture} alt={`${title}检查记录`} data-record-picture />
          <figcaption>长按图片保存到相册，或转发到工作群。</figcaption>
        </figure>
      )}
      {/* this round and the last saved one: enough to hand over a shift, and small enough for one QR code */}
      <TransferButton
        version={`${entry?.history.length ?? 0}:${JSON.stringify(entry?.current ?? null)}`}
        data={() => ({ checklists: { [id]: { current: checklists.get()[id]?.current, history: checklists.get()[id]?.history.slice(-1) ?? [] } } })}
        what="这张检查表的记录"
      />
    </section>
  );
}
