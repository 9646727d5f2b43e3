import { useEffect, useState } from 'preact/hooks';
import type { WindowLike } from '../lib/can.ts';

/**
 * One check from lib/can.ts, answered after the island mounts (the server cannot know): null
 * until then, so callers render neither the button nor its fallback and nothing dead shows.
 */
export function useCan(check: (w: WindowLike) => boolean): boolean | null {
  const [v, setV] = useState<boolean | null>(null);
  useEffect(() => setV(check(window as never)), [check]);
  return v;
}
