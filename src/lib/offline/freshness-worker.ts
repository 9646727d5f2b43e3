/**
 * Emergency numbers and plans reach a phone that is online on the page view after a deployment,
 * without anyone tapping 更新. scripts/build.mjs appends `(${freshnessWorker})(self, version)` to
 * the Workbox worker. While pages are viewed, the worker compares its version (a hash of the
 * project's contacts and the plans, and the build date) with /version.json on the server; when the
 * server's differs it fetches the new worker at once and tells open pages (they say so). A new
 * worker whose numbers or plans differ from the one it replaces takes over as soon as it has
 * stored the changed files, and pages reload then (src/layouts/inline-scripts.ts). Other updates still wait
 * for 更新. Offline, pages say since when their numbers date (they read META).
 * Self-contained (no imports, no outside names): it runs as text inside the worker.
 */
import type { ExtendableEventLike, FetchEventLike } from './worker-events.ts';

export interface SafetyVersion {
  /** hash of the contacts and plans this worker's pages show */
  safety: string;
  /** YYYY-MM-DD the build was made */
  built: string;
}

interface FreshScope {
  caches: CacheStorage;
  fetch: typeof fetch;
  registration: { update(): Promise<unknown> };
  clients: { matchAll(o?: { type?: string }): Promise<{ postMessage(m: unknown): void }[]> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'fetch', fn: (e: FetchEventLike) => void): void;
  addEventListener(type: 'install' | 'activate', fn: (e: ExtendableEventLike) => void): void;
}

/** where the server's version is fetched, and the key this worker stores its own under (pages read it offline) */
export interface VersionAddresses {
  version: string;
  stored: string;
}

export function freshnessWorker(sw: FreshScope, version: SafetyVersion, at: VersionAddresses, checkEvery = 5_000): void {
  const META = 'wuye-meta';
  const VERSION = at.stored;
  let lastCheck = 0;
  let told = '';

  async function check(): Promise<void> {
    if (Date.now() - lastCheck < checkEvery) return;
    lastCheck = Date.now();
    let there: SafetyVersion;
    try {
      const r = await sw.fetch(at.version, { cache: 'no-store' });
      if (!r.ok) return; // a host without the file: updates wait for 更新 as before
      there = (await r.json()) as SafetyVersion;
    } catch {
      return; // offline
    }
    if (!there || there.safety === version.safety) return;
    await sw.registration.update().catch(() => undefined);
    if (told === there.safety) return;
    told = there.safety;
    for (const c of await sw.clients.matchAll({ type: 'window' })) c.postMessage({ type: 'SAFETY_UPDATE', built: there.built });
  }

  sw.addEventListener('fetch', (e) => {
    if (e.request.mode === 'navigate') e.waitUntil(check().catch(() => undefined));
  });

  sw.addEventListener('install', (e) => {
    // stored by the worker this one replaces; none on a first visit
    e.waitUntil(
      sw.caches
        .open(META)
        .then((c) => c.match(VERSION))
        .then((r) => (r ? r.json() : null))
        .then((was: SafetyVersion | null) => (was && was.safety !== version.safety ? sw.skipWaiting() : undefined))
        .catch(() => undefined),
    );
  });

  sw.addEventListener('activate', (e) => {
    e.waitUntil(sw.caches.open(META).then((c) => c.put(VERSION, new Response(JSON.stringify(version), { headers: { 'content-type': 'application/json' } }))));
  });
}
