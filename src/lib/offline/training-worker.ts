/**
 * The service worker's half of the training tier (tiers.ts): serves training pages and data from
 * their own cache, stores each on first use, fills the cache when a page says the phone is idle and
 * shouldWarm() allows it, and drops the caches of older deployments. scripts/build.mjs appends
 * `(${trainingWorker})(self, paths, cacheName, shouldWarm)` to the Workbox worker, so this function
 * must stay self-contained (no imports, no outside names) and run in any browser with a worker.
 */
import type { ConnectionLike } from './warm.ts';
import type { ExtendableEventLike, MessageEventLike } from './worker-events.ts';

interface WorkerScope {
  location: { origin: string };
  navigator: { connection?: ConnectionLike };
  caches: CacheStorage;
  fetch: typeof fetch;
  addEventListener(type: 'message', fn: (e: MessageEventLike<{ type: string; connection: ConnectionLike | null }>) => void): void;
  addEventListener(type: 'activate', fn: (e: ExtendableEventLike) => void): void;
  __wuyeTraining?: { matches(url: URL): boolean; handle(request: Request, url: URL): Promise<Response> };
}

export function trainingWorker(sw: WorkerScope, paths: string[], cacheName: string, warmOk: (c: ConnectionLike | undefined) => boolean, offlinePage: string): void {
  // 'train/quiz/x/index.html' is asked for as '/train/quiz/x/'
  const urls = paths.map((p) => '/' + p.replace(/(^|\/)index\.html$/, '$1'));
  const known = new Set(urls);
  const keyOf = (url: URL) => url.pathname.replace(/\/index\.html$/, '/');
  let running: Promise<void> | null = null;

  async function store(path: string, response: Response): Promise<void> {
    if (!response.ok || response.redirected) return;
    const cache = await sw.caches.open(cacheName);
    await cache.put(path, response);
  }

  async function warm(): Promise<number> {
    const cache = await sw.caches.open(cacheName);
    const have = new Set((await cache.keys()).map((r) => new URL(r.url).pathname));
    for (const path of urls) {
      if (have.has(path)) continue;
      // the phone may have left Wi-Fi since the last file
      if (!warmOk(sw.navigator.connection)) break;
      try {
        await store(path, await sw.fetch(path, { credentials: 'same-origin' }));
      } catch {
        break; // offline now: try again on a later page
      }
    }
    return (await cache.keys()).length;
  }

  sw.__wuyeTraining = {
    matches: (url) => url.origin === sw.location.origin && known.has(keyOf(url)),
    async handle(request, url) {
      const key = keyOf(url);
      const cache = await sw.caches.open(cacheName);
      const hit = await cache.match(key);
      if (hit) return hit;
      try {
        const response = await sw.fetch(request);
        await store(key, response.clone()).catch(() => undefined);
        return response;
      } catch (error) {
        // not stored yet and no network: the offline page says so (it is in the precache)
        const page = request.mode === 'navigate' ? await sw.caches.match(offlinePage, { ignoreSearch: true }) : undefined;
        if (page) return page;
        throw error;
      }
    },
  };

  sw.addEventListener('message', (e) => {
    if (!e.data || e.data.type !== 'WARM_TRAINING') return;
    // the page's view of the network is asked too: some browsers give workers none
    if (!warmOk(e.data.connection ?? undefined) || !warmOk(sw.navigator.connection)) return;
    running ??= warm()
      .then((stored) => {
        if (e.source) e.source.postMessage({ type: 'TRAINING_STORED', stored, total: urls.length });
      })
      .catch(() => undefined)
      .finally(() => {
        running = null;
      });
    e.waitUntil(running);
  });

  // a new deployment's training files replace the old ones (they point at its own scripts)
  sw.addEventListener('activate', (e) => {
    e.waitUntil(sw.caches.keys().then((keys) => Promise.all(keys.filter((k) => k.startsWith('wuye-training-') && k !== cacheName).map((k) => sw.caches.delete(k)))));
  });
}
