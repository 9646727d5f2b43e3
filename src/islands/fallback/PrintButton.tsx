/**
 * 打印 where printing works; in-app browsers that ignore print() get what to do instead (and,
 * where the caller has one, a picture to long-press and save).
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { canPrint } from '../../lib/can.ts';
import { useCan } from '../useCan.ts';
import { useFallbacks } from './SaveFile.tsx';

export function PrintButton({ label = '打印', primary, instead }: { label?: string; primary?: boolean; instead?: ComponentChildren }) {
  const can = useCan(canPrint);
  const [help, setHelp] = useState(false);
  const panel = useFallbacks(help);
  if (can === null) return null;
  if (can)
    return (
      <button type="button" class={primary ? 'button primary' : 'button'} onClick={() => print()}>
        {label}
      </button>
    );
  return (
    <>
      <button type="button" class="button" aria-expanded={help} onClick={() => setHelp(!help)} data-print-fallback>
        {label}：怎么办？
      </button>
      {help && (panel ? <panel.PrintFallback instead={instead} /> : <p class="muted">{panel === false ? '没能打开：请联网后再试。' : '正在打开…'}</p>)}
    </>
  );
}
