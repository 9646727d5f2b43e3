import { describe, expect, it } from 'vitest';
import { freshnessWorker, type SafetyVersion } from '../../src/lib/offline/freshness-worker.ts';
import { routes } from '../../src/lib/routes.ts';
import type { ExtendableEventLike, FetchEventLike } from '../../src/lib/offline/worker-events.ts';

const AT = { version: routes.data.version, stored: routes.data.storedVersion };
type Scope = Parameters<typeof freshnessWorker>[0];
/** the events the fake fires: install and activate carry no request */
type Event = ExtendableEventLike & Partial<FetchEventLike>;

function fakeWorker(server: SafetyVersion | 'offline' | 404) {
  const stores = new Map<string, Map<string, Response>>();
  const listeners: Record<string, ((e: Event) => void)[]> = {};
  const seen = { updates: 0, skipped: 0, told: [] as unknown[] };
  const open = async (name: string) => {
    if (!stores.has(name)) stores.set(name, new Map());
    const m = stores.get(name)!;
    return { match: async (u: string) => m.get(u)?.clone(), put: async (u: string, r: Response) => void m.set(u, r) };
  };
  const sw = {
    caches: { open } as unknown as CacheStorage,
    fetch: (async () => {
      if (server === 'offline') throw new TypeError('Failed to fetch');
      if (server === 404) return new Response('', { status: 404 });
      return Response.json(server);
    }) as typeof fetch,
    registration: { update: async () => void seen.updates++ },
    clients: { matchAll: async () => [{ postMessage: (m: unknown) => seen.told.push(m) }] },
    skipWaiting: async () => void seen.skipped++,
    addEventListener: ((type: string, fn: (e: Event) => void) => void (listeners[type] ??= []).push(fn)) as Scope['addEventListener'],
  };
  const fire = async (type: string, extra: { request?: Pick<Request, 'mode'> } = {}) => {
    const waits: Promise<unknown>[] = [];
    for (const fn of listeners[type] ?? []) fn({ ...(extra as Partial<FetchEventLike>), waitUntil: (p: Promise<unknown>) => waits.push(p) });
    await Promise.all(waits);
  };
  const navigate = () => fire('fetch', { request: { mode: 'navigate' } });
  return { sw, seen, fire, navigate, stores };
}

const v1: SafetyVersion = { safety: 'aaa', built: '2026-12-01' };
const v2: SafetyVersion = { safety: 'bbb', built: '2026-12-07' };

describe('emergency numbers and plans reach a phone without a tap', () => {
  it('a page view on a phone holding old numbers fetches the new worker at once and says so to open pages', async () => {
    const w = fakeWorker(v2);
    freshnessWorker(w.sw, v1, AT, 0);
    await w.navigate();
    expect(w.seen.updates).toBe(1);
    expect(w.seen.told).toEqual([{ type: 'SAFETY_UPDATE', built: '2026-12-07' }]);
    // said once, not on every page view
    await w.navigate();
    expect(w.seen.told).toHaveLength(1);
  });

  it('nothing happens when the server holds the same numbers, is out of reach, or has no version file', async () => {
    for (const server of [v1, 'offline', 404] as const) {
      const w = fakeWorker(server);
      freshnessWorker(w.sw, v1, AT, 0);
      await w.navigate();
      expect([w.seen.updates, w.seen.told.length], String(server)).toEqual([0, 0]);
    }
  });

  it('other requests than page views do not ask the server', async () => {
    const w = fakeWorker(v2);
    freshnessWorker(w.sw, v1, AT, 0);
    await w.fire('fetch', { request: { mode: 'cors' } });
    expect(w.seen.updates).toBe(0);
  });

  it('a new worker takes over by itself only when its numbers or plans differ from the one it replaces', async () => {
    const old = fakeWorker(v1);
    freshnessWorker(old.sw, v1, AT);
    await old.fire('activate');
    // the new worker runs in the same origin's caches
    const same = fakeWorker(v1);
    same.sw.caches = old.sw.caches;
    freshnessWorker(same.sw, v1, AT);
    await same.fire('install');
    expect(same.seen.skipped).toBe(0);
    const changed = fakeWorker(v2);
    changed.sw.caches = old.sw.caches;
    freshnessWorker(changed.sw, v2, AT);
    await changed.fire('install');
    expect(changed.seen.skipped).toBe(1);
    // a first visit (nothing stored) installs as always
    const first = fakeWorker(v2);
    freshnessWorker(first.sw, v2, AT);
    await first.fire('install');
    expect(first.seen.skipped).toBe(0);
  });
});
