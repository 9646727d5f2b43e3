import { useRef, useState } from 'preact/hooks';

/**
 * A module loaded the first time it is wanted (a form opened, a screen reached), not when the
 * island hydrates; each loader runs once per page. Offline it comes from the service worker's
 * cache; where there is none and no network, `failed` lets the caller say so.
 */
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
