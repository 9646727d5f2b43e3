import { useEffect, useState } from 'preact/hooks';

/**
 * The current time, refreshed every `everyMs` while `active`: the running clock and countdowns.
 * A page coming back into view (screen unlocked) refreshes at once: its interval was paused or
 * slowed while hidden, and a limit that ran out meanwhile must alert now.
 */
export function useNow(active: boolean, everyMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (!active) return;
    const tick = () => setNow(Date.now());
    const t = setInterval(tick, everyMs);
    document.addEventListener('visibilitychange', tick);
    return () => {
      clearInterval(t);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [active, everyMs]);
  return now;
}
