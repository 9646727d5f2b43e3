/**
 * Parts of the run page that load when first used: the record view once a run is finished, and
 * the correction forms (change a time, skip with a reason, add a person) when first opened. The
 * live run itself never waits for them; offline they come from the service worker's cache.
 */
import type { ComponentChildren } from 'preact';
import { useLazy } from '../useLazy.ts';

export const loadCorrections = () => import('./corrections.tsx');
type Corrections = Awaited<ReturnType<typeof loadCorrections>>;

/** Renders with the correction forms once they are here; a line while they load or cannot. */
export function WithCorrections({ children }: { children: (forms: Corrections) => ComponentChildren }) {
  const t = useLazy(loadCorrections, true);
  return t.value ? <>{children(t.value)}</> : <p class={t.failed ? 'notice' : 'muted'}>{t.failed ? '没能打开：请联网后再试。' : '正在打开…'}</p>;
}
