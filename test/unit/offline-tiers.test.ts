import { describe, expect, it } from 'vitest';
import { splitTiers } from '../../src/lib/offline/split.ts';
import { tierOf } from '../../src/lib/offline/tiers.ts';
import { trainingWorker } from '../../src/lib/offline/training-worker.ts';
import { shouldWarm, type ConnectionLike } from '../../src/lib/offline/warm.ts';
import type { MessageEventLike } from '../../src/lib/offline/worker-events.ts';

describe('what the first visit stores', () => {
  it('keeps everything a shift needs and leaves training material for later', () => {
    for (const p of [
      'index.html',
      'emergency/fire/index.html',
      'emergency/fire/run/index.html',
      'handbook/service/request-flow/index.html',
      'train/checklist/patrol-shift/index.html',
      'pagefind/pagefind.js',
      'search-aliases.json',
      'offline/index.html',
      'roles/security/index.html',
      'me/index.html',
    ])
      expect(tierOf(p), p).toBe('shift');
    for (const p of [
      'train/quiz/service/index.html',
      'train/drill/flat-fire/index.html',
      'train/cards/index.html',
      'train/index.html',
      'train/checklist/patrol-shift/print/index.html',
      'emergency/fire/print/index.html',
      'exam-data/service.json',
      'assess/take/index.html',
      'assess/console/index.html',
    ])
      expect(tierOf(p), p).toBe('training');
  });

  it('stores a script with the first visit when any shift page reaches it, through imports of imports', () => {
    const files: Record<string, string> = {
      'handbook/a/index.html': '<script type="module" src="/_astro/SearchBox.1.js"></script><link rel="stylesheet" href="/_astro/inline.2.css">',
      '_astro/SearchBox.1.js': 'import{a}from"./hooks.3.js";const m=()=>import("./engine.4.js");',
      '_astro/hooks.3.js': 'export const a=1;',
      '_astro/engine.4.js': 'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/pinyin.5.js"])))=>i.map(i=>d[i]);',
      '_astro/pinyin.5.js': '',
      'train/quiz/x/index.html': '<astro-island component-url="/_astro/Quiz.6.js" renderer-url="/_astro/client.7.js"></astro-island>',
      '_astro/Quiz.6.js': 'import"./hooks.3.js";import"./score.8.js";',
      '_astro/score.8.js': '',
      '_astro/client.7.js': '',
      'emergency/fire/index.html': '<astro-island renderer-url="/_astro/client.7.js"></astro-island>',
    };
    const tiers = splitTiers(Object.keys(files), (p) => files[p]!);
    expect(tiers.shift.sort()).toEqual(
      ['_astro/SearchBox.1.js', '_astro/client.7.js', '_astro/engine.4.js', '_astro/hooks.3.js', '_astro/pinyin.5.js', 'emergency/fire/index.html', 'handbook/a/index.html'].sort(),
    );
    expect(tiers.training.sort()).toEqual(['_astro/Quiz.6.js', '_astro/score.8.js', 'train/quiz/x/index.html']);
  });
});

describe('when the training material may be fetched', () => {
  it('waits for Wi-Fi on a phone that says it is on mobile data or saving data', () => {
    expect(shouldWarm({ type: 'wifi', effectiveType: '4g' })).toBe(true);
    expect(shouldWarm({ type: 'ethernet' })).toBe(true);
    expect(shouldWarm({ type: 'cellular', effectiveType: '4g' })).toBe(false);
    expect(shouldWarm({ type: 'wifi', saveData: true })).toBe(false);
    expect(shouldWarm({ type: 'unknown' })).toBe(false);
    // desktops leave `type` out: judged by speed only
    expect(shouldWarm({ effectiveType: '4g' })).toBe(true);
    expect(shouldWarm({ effectiveType: 'slow-2g' })).toBe(false);
    expect(shouldWarm({ effectiveType: '3g' })).toBe(false);
    expect(shouldWarm(undefined)).toBe(true);
  });

  it('still works once written into the service worker as text', () => {
    const again = new Function(`return (${shouldWarm})`)() as typeof shouldWarm;
    expect(again({ type: 'cellular' })).toBe(false);
    expect(again({ type: 'wifi' })).toBe(true);
  });
});

/** what the fake fires: a page's message, and activate (which reads only waitUntil) */
type Message = MessageEventLike<{ type: string; connection: ConnectionLike | null }>;

/** A worker scope with in-memory caches and a network that can be cut. */
function fakeWorker(connection: { type?: string } | undefined) {
  const stores = new Map<string, Map<string, Response>>();
  const listeners: Record<string, ((e: Message) => void)[]> = {};
  const net = { online: true, fetched: [] as string[] };
  const origin = 'https://wuye.test';
  const abs = (u: string) => new URL(u, origin).href;
  const open = async (name: string) => {
    if (!stores.has(name)) stores.set(name, new Map());
    const m = stores.get(name)!;
    return {
      match: async (u: string) => m.get(abs(u))?.clone(),
      put: async (u: string, r: Response) => void m.set(abs(u), r),
      keys: async () => [...m.keys()].map((u) => new Request(u)),
    };
  };
  const sw = {
    location: { origin },
    navigator: { connection },
    caches: {
      open,
      keys: async () => [...stores.keys()],
      delete: async (k: string) => stores.delete(k),
      match: async (u: string) => {
        for (const m of stores.values()) {
          const hit = m.get(abs(u));
          if (hit) return hit.clone();
        }
        return undefined;
      },
    } as unknown as CacheStorage,
    fetch: (async (input: RequestInfo) => {
      const url = typeof input === 'string' ? abs(input) : input.url;
      if (!net.online) throw new TypeError('Failed to fetch');
      net.fetched.push(new URL(url).pathname);
      return new Response(`page ${new URL(url).pathname}`, { status: 200 });
    }) as typeof fetch,
    addEventListener: (type: string, fn: (e: Message) => void) => void (listeners[type] ??= []).push(fn),
  } as Parameters<typeof trainingWorker>[0];
  const send = async (type: string, data?: Message['data']) => {
    const waits: Promise<unknown>[] = [];
    const replies: unknown[] = [];
    for (const fn of listeners[type] ?? []) fn({ data, source: { postMessage: (m: unknown) => replies.push(m) }, waitUntil: (p: Promise<unknown>) => waits.push(p) });
    await Promise.all(waits);
    return replies;
  };
  return { sw, stores, net, send, origin };
}

describe('the training tier in the service worker', () => {
  const paths = ['train/quiz/service/index.html', 'exam-data/service.json', 'emergency/fire/print/index.html'];

  it('stores a training page on first use and serves it offline after that', async () => {
    const w = fakeWorker({ type: 'cellular' });
    trainingWorker(w.sw, paths, 'wuye-training-a', shouldWarm, '/offline/index.html');
    const t = w.sw.__wuyeTraining!;
    const url = new URL('/train/quiz/service/?exam=abc', w.origin);
    expect(t.matches(url)).toBe(true);
    expect(t.matches(new URL('/emergency/fire/', w.origin))).toBe(false);
    expect(await (await t.handle(new Request(url), url)).text()).toBe('page /train/quiz/service/');
    w.net.online = false;
    expect(await (await t.handle(new Request(url), url)).text()).toBe('page /train/quiz/service/');
  });

  it('a training page never opened answers with the offline page when there is no network', async () => {
    const w = fakeWorker({ type: 'wifi' });
    // the precache keeps a revision in its keys; the worker asks without it
    w.sw.caches.match = (async (u: string, o?: CacheQueryOptions) => (o?.ignoreSearch && u === '/offline/index.html' ? new Response('没有网络') : undefined)) as CacheStorage['match'];
    trainingWorker(w.sw, paths, 'wuye-training-a', shouldWarm, '/offline/index.html');
    w.net.online = false;
    const url = new URL('/emergency/fire/print/', w.origin);
    const page = await w.sw.__wuyeTraining!.handle(navigateRequest(url), url);
    expect(await page.text()).toBe('没有网络');
    // data requests fail as the network failed: the island says what is missing
    const data = new URL('/exam-data/service.json', w.origin);
    await expect(w.sw.__wuyeTraining!.handle(new Request(data), data)).rejects.toThrow();
  });

  it('fills its cache on Wi-Fi when a page says the phone is idle, and not on mobile data', async () => {
    const wifi = fakeWorker({ type: 'wifi' });
    trainingWorker(wifi.sw, paths, 'wuye-training-a', shouldWarm, '/offline/index.html');
    const replies = await wifi.send('message', { type: 'WARM_TRAINING', connection: { type: 'wifi' } });
    expect(replies).toEqual([{ type: 'TRAINING_STORED', stored: 3, total: 3 }]);
    expect(wifi.net.fetched.sort()).toEqual(['/emergency/fire/print/', '/exam-data/service.json', '/train/quiz/service/']);
    // a second idle page fetches nothing again
    await wifi.send('message', { type: 'WARM_TRAINING', connection: { type: 'wifi' } });
    expect(wifi.net.fetched).toHaveLength(3);

    const cell = fakeWorker({ type: 'cellular' });
    trainingWorker(cell.sw, paths, 'wuye-training-a', shouldWarm, '/offline/index.html');
    expect(await cell.send('message', { type: 'WARM_TRAINING', connection: { type: 'cellular' } })).toEqual([]);
    // the page's network counts even where the worker cannot see one
    const blind = fakeWorker(undefined);
    trainingWorker(blind.sw, paths, 'wuye-training-a', shouldWarm, '/offline/index.html');
    await blind.send('message', { type: 'WARM_TRAINING', connection: { type: 'cellular', effectiveType: '4g' } });
    expect([...cell.net.fetched, ...blind.net.fetched]).toEqual([]);
  });

  it('stops at the first failure and resumes where it left off', async () => {
    const w = fakeWorker({ type: 'wifi' });
    trainingWorker(w.sw, paths, 'wuye-training-a', shouldWarm, '/offline/index.html');
    w.net.online = false;
    expect(await w.send('message', { type: 'WARM_TRAINING' })).toEqual([{ type: 'TRAINING_STORED', stored: 0, total: 3 }]);
    w.net.online = true;
    expect(await w.send('message', { type: 'WARM_TRAINING' })).toEqual([{ type: 'TRAINING_STORED', stored: 3, total: 3 }]);
  });

  it('a new deployment drops the training files of older ones and keeps its own', async () => {
    const w = fakeWorker({ type: 'wifi' });
    await w.sw.caches.open('wuye-training-old');
    await w.sw.caches.open('wuye-training-new');
    await w.sw.caches.open('workbox-precache-v2');
    trainingWorker(w.sw, paths, 'wuye-training-new', shouldWarm, '/offline/index.html');
    await w.send('activate');
    expect([...w.stores.keys()].sort()).toEqual(['workbox-precache-v2', 'wuye-training-new']);
  });
});

/** Node's Request refuses mode 'navigate'; the worker only reads `.mode`. */
function navigateRequest(url: URL): Request {
  const r = new Request(url);
  Object.defineProperty(r, 'mode', { value: 'navigate' });
  return r;
}

describe('what search asks for at once when touched', () => {
  it('lists the island, its renderer and every static import below them, not dynamic ones', async () => {
    const { staticImportsOf } = await import('../../src/lib/preload.ts');
    const files: Record<string, string> = {
      'SearchBox.1.js': 'import{a}from"./hooks.2.js";import{b}from"./useSearch.3.js";const e=()=>import("./engine.4.js");',
      'useSearch.3.js': 'import{a}from"./hooks.2.js";import"./preact.5.js";',
      'hooks.2.js': 'import{h}from"./preact.5.js";',
      'preact.5.js': '',
      'client.6.js': 'import{h}from"./preact.5.js";',
    };
    expect(staticImportsOf(['SearchBox.1.js', 'client.6.js'], (f) => files[f]!).sort()).toEqual(['SearchBox.1.js', 'client.6.js', 'hooks.2.js', 'preact.5.js', 'useSearch.3.js']);
  });
});
