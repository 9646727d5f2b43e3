import { useEffect, useState } from 'preact/hooks';
import type { ReadableAtom } from 'nanostores';

/**
 * Subscribes after mount, so the first client render matches the server's (which has no browser
 * storage); stored values arrive one render later. Reading the store during render would load
 * storage mid-hydration and leave server and client markup out of step.
 */
export function useStored<T>($store: ReadableAtom<T>, initial: T): T {
  const [value, setValue] = useState(initial);
  useEffect(() => $store.subscribe(setValue), [$store]);
  return value;
}
