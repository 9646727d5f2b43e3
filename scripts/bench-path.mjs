// A staff member's whole path on a slow phone: a cold visit to home, a question typed into the
// header search box, the first result opened. Slow 4G (150 ms round trip, 1.6 Mbps down) and a
// CPU four times slower, emulated in Chromium. Prints the median of three runs, and its parts.
// Run alone: node scripts/bench-path.mjs [base-url]  (defaults to a server on dist/).
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const CHROME_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** @typedef {{ phase: string, url: string, initiator?: string, ahead: boolean, cached: boolean, bytes: number }} PathRequest */
/** @typedef {Awaited<ReturnType<typeof measurePath>>} PathResult */
/** @typedef {{ ask(page: import('@playwright/test').Page, query: string): Promise<void>, result: string }} Site */

/** @param {number[]} a */
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];

const RTT = 150;
const BYTES_PER_MS = (1.6 * 1024 * 1024) / 8 / 1000;
/**
 * The least the emulated network allows for the path: in each phase, the longest chain of requests
 * each started by the one before (the page, then its styles; a script, then what it imports),
 * one round trip a link plus one to connect at the start, and every byte those requests carried
 * at 1.6 Mbps. Left out: what was answered from the browser's cache and what was fetched ahead
 * for later (prefetch, prerender), which nothing waited for. CPU time is not in it.
 * @param {PathRequest[]} requests
 */
function floorOf(requests) {
  let trips = 0;
  let bytes = 0;
  for (const phase of ['home', 'search', 'open']) {
    const rs = requests.filter((r) => r.phase === phase && !r.cached && !r.ahead);
    const byUrl = new Map(rs.map((r) => [r.url, r]));
    /** @type {(r: PathRequest, seen?: Set<PathRequest>) => number} */
    const depth = (r, seen = new Set()) => {
      const parent = r.initiator && byUrl.get(r.initiator);
      return parent && !seen.has(parent) ? 1 + depth(parent, seen.add(r)) : 1;
    };
    trips += Math.max(0, ...rs.map((r) => depth(r))) + (phase === 'home' ? 1 : 0);
    bytes += rs.reduce((n, r) => n + r.bytes, 0);
  }
  return { trips, bytes, ms: Math.round(trips * RTT + bytes / BYTES_PER_MS) };
}

/** How each site is searched from its header: what is tapped, where the words go, what a result is. */
/** @type {Record<'handbook' | 'starlight', Site>} */
export const SITES = {
  handbook: {
    async ask(page, query) {
      await page.getByRole('combobox', { name: '搜索手册' }).focus();
      await page.keyboard.type(query);
    },
    result: '[data-search-suggest] a',
  },
  // Starlight's search button opens a dialog that loads Pagefind's UI
  starlight: {
    async ask(page, query) {
      await page.locator('button[data-open-modal]').first().click();
      await page.locator('.pagefind-ui__search-input').waitFor();
      await page.locator('.pagefind-ui__search-input').focus();
      await page.keyboard.type(query);
    },
    result: '.pagefind-ui__result-link',
  },
};

/** @param {string} base @param {string} [query] @param {number} [runs] @param {Site} [site] */
export async function measurePath(base, query = '困梯', runs = 3, site = SITES.handbook) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROME_FLAGS });
  /** @type {{ home: number, search: number, open: number, total: number, href: string, floor: ReturnType<typeof floorOf> }[]} */
  const results = [];
  try {
    for (let i = 0; i < runs; i++) {
      const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', serviceWorkers: 'block' });
      const page = await ctx.newPage();
      const cdp = await ctx.newCDPSession(page);
      await cdp.send('Network.enable');
      // every request of the path, by phase: what the network alone would take (the floor)
      let phase = 'home';
      /** @type {Map<string, PathRequest>} */
      const reqs = new Map();
      cdp.on('Network.requestWillBeSent', (e) => {
        const by = e.initiator?.url ?? e.initiator?.stack?.callFrames?.[0]?.url;
        const purpose = e.request.headers['Sec-Purpose'] ?? e.request.headers['sec-purpose'] ?? '';
        reqs.set(e.requestId, { phase, url: e.request.url, initiator: by, ahead: e.type === 'Prefetch' || /prefetch|prerender/.test(purpose), cached: false, bytes: 0 });
      });
      cdp.on('Network.responseReceived', (e) => {
        const r = reqs.get(e.requestId);
        if (r && (e.response.fromDiskCache || e.response.fromPrefetchCache || e.response.fromServiceWorker)) r.cached = true;
      });
      cdp.on('Network.requestServedFromCache', (e) => {
        const r = reqs.get(e.requestId);
        if (r) r.cached = true;
      });
      cdp.on('Network.loadingFinished', (e) => {
        const r = reqs.get(e.requestId);
        if (r) r.bytes = e.encodedDataLength;
      });
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      const t0 = Date.now();
      await page.goto(`${base}/`, { waitUntil: 'load' });
      const home = Date.now() - t0;
      // timed inside the page, from the tap on search to the first result on screen, so the
      // test driver's own overhead on a throttled CPU is not counted
      await page.evaluate((result) => {
        /** @type {NonNullable<Window['__t']>} */
        const t = {};
        window.__t = t;
        for (const type of ['focusin', 'pointerdown']) document.addEventListener(type, () => (t.start ??= performance.now()), true);
        new MutationObserver(() => {
          if (!t.result && document.querySelector(result)) t.result = performance.now();
        }).observe(document.body, { subtree: true, childList: true });
      }, site.result);
      phase = 'search';
      await site.ask(page, query);
      const first = page.locator(site.result).first();
      await first.waitFor();
      const search = Math.round(
        await page.evaluate(() => {
          const { start, result } = window.__t ?? {};
          if (start === undefined || result === undefined) throw new Error('the search was not timed');
          return result - start;
        }),
      );
      const link = await first.getAttribute('href');
      if (!link) throw new Error(`${base}: the first result has no link`);
      const href = new URL(link, `${base}/`).href;
      phase = 'open';
      // a tap, as staff open it (a site may have prepared the page by then)
      const t2 = Date.now();
      await Promise.all([page.waitForURL(href, { waitUntil: 'load' }), first.click()]);
      const open = Date.now() - t2;
      results.push({ home, search, open, total: home + search + open, href: new URL(href).pathname, floor: floorOf([...reqs.values()]) });
      await ctx.close();
    }
  } finally {
    await browser.close();
  }
  /** @param {'home' | 'search' | 'open' | 'total'} k */
  const m = (k) => median(results.map((r) => r[k]));
  return { home: m('home'), search: m('search'), open: m('open'), total: m('total'), first: results[0]?.href, floor: results[0]?.floor };
}

/**
 * This site and the Starlight anchor (scripts/bench-starlight.mjs) measured in turns, one run
 * each at a time, so a busy moment of the machine falls on both alike.
 * @param {string} base
 * @param {string} anchorBase
 */
export async function sideBySide(base, anchorBase, query = '困梯', runs = 3) {
  /** @type {PathResult[]} */
  const ours = [];
  /** @type {PathResult[]} */
  const theirs = [];
  for (let i = 0; i < runs; i++) {
    ours.push(await measurePath(base, query, 1));
    theirs.push(await measurePath(anchorBase, query, 1, SITES.starlight));
  }
  /** @param {PathResult[]} list */
  const pick = (list) => {
    /** @param {'home' | 'search' | 'open' | 'total'} k */
    const m = (k) => median(list.map((r) => r[k]));
    return { home: m('home'), search: m('search'), open: m('open'), total: m('total'), first: list[0].first, floor: list[0].floor };
  };
  return { handbook: pick(ours), starlight: pick(theirs) };
}

/**
 * Serves a built folder with the project's own server; resolves to its address and a stop().
 * @param {string} dir
 * @param {number} port
 */
export async function serveFolder(dir, port) {
  const server = spawn(process.execPath, ['scripts/serve.mjs', String(port)], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, DIST_DIR: dir } });
  await new Promise((r) => server.stdout.once('data', r));
  return { base: `http://127.0.0.1:${port}`, stop: () => server.kill() };
}

/** @param {PathResult} r */
export const pathLine = (r) => `${r.total} ms（首页 ${r.home} + 搜索 ${r.search} + 打开 ${r.open}；网络下限约 ${r.floor.ms} ms：${r.floor.trips} 次往返 + ${(r.floor.bytes / 1024).toFixed(0)} KiB）`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const { existsSync } = await import('node:fs');
  const { STARLIGHT_DIR } = await import('./bench-starlight.mjs');
  const ours = process.argv[2] ? { base: process.argv[2], stop() {} } : await serveFolder('dist', 4398);
  const anchor = existsSync(`${STARLIGHT_DIR}/dist/index.html`) ? await serveFolder(`${STARLIGHT_DIR}/dist`, 4397) : null;
  try {
    if (anchor) {
      const r = await sideBySide(ours.base, anchor.base);
      // the last side-by-side run, as npm run bench keeps it (docs/bench-side-by-side.json)
      const { writeFileSync } = await import('node:fs');
      writeFileSync('docs/bench-side-by-side.json', `${JSON.stringify({ date: new Date().toISOString().slice(0, 10), ...r }, null, 2)}\n`);
      console.log(`慢速 4G + 4 倍慢 CPU，冷打开首页 → 页头搜「困梯」→ 打开第一个结果（3 次中位数）：`);
      console.log(`本站      ${pathLine(r.handbook)}`);
      console.log(`Starlight ${pathLine(r.starlight)}`);
      console.log(`本站 / Starlight = ${(r.handbook.total / r.starlight.total).toFixed(2)}`);
    } else {
      const r = await measurePath(ours.base);
      console.log(`慢速 4G + 4 倍慢 CPU：${pathLine(r)}（没有 Starlight 对照站：npm run bench:starlight 构建）`);
    }
  } finally {
    ours.stop();
    anchor?.stop();
  }
}
