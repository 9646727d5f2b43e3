/**
 * Parts of the run page that load when first used: the record view once a run is finished, and
 * the correction forms (change a time, skip with a reason, add a person) when first opened. The
 * live run itself never waits for them; offline they come from the service worker's cache.
 */
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';

const loaded = new Map<() => Promise<unknown>, Promise<unknown>>();
const ready = new Map<() => Promise<unknown>, unknown>();

export function useLazy<T>(load: () => Promise<T>, wanted: boolean): { value?: T; failed?: boolean } {
  const [state, setState] = useState<{ value?: T; failed?: boolean }>(() => ({ value: ready.get(load) as T | undefined }));
  const asked = useRef(false);
  // Asked for while rendering, not after paint: the form is there as soon as the module is.
  if (wanted && !asked.current && !state.value) {
    asked.current = true;
    let p = loaded.get(load);
    if (!p) loaded.set(load, (p = load()));
    p.then(
      (value) => {
        ready.set(load, value);
        setState({ value: value as T });
      },
      () => {
        loaded.delete(load);
        setState({ failed: true });
      },
    );
  }
  return state;
}

export const loadTools = () => import('./tools.tsx');
type Tools = Awaited<ReturnType<typeof loadTools>>;

/** Renders with the correction forms once they are here; a line while they load or cannot. */
export function WithTools({ children }: { children: (tools: Tools) => ComponentChildren }) {
  const t = useLazy(loadTools, true);
  return t.value ? <>{children(t.value)}</> : <p class={t.failed ? 'notice' : 'muted'}>{t.failed ? '没能打开：请联网后再试。' : '正在打开…'}</p>;
}
