// A staff member's whole path on a slow phone: a cold visit to home, a question typed into the
// header search box, the first result opened. Slow 4G (150 ms round trip, 1.6 Mbps down) and a
// CPU four times slower, emulated in Chromium. Prints the median of three runs, and its parts.
// Run alone: node scripts/bench-path.mjs [base-url]  (defaults to a server on dist/).
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const CHROME_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];

export async function measurePath(base, query = '困梯', runs = 3) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROME_FLAGS });
  const results = [];
  try {
    for (let i = 0; i < runs; i++) {
      const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', serviceWorkers: 'block' });
      const page = await ctx.newPage();
      const cdp = await ctx.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      const t0 = Date.now();
      await page.goto(`${base}/`, { waitUntil: 'load' });
      const home = Date.now() - t0;
      // timed inside the page, from the tap on the box to the first result on screen, so the
      // test driver's own overhead on a throttled CPU is not counted
      await page.evaluate(() => {
        const t = (window.__t = {});
        document.addEventListener('focusin', () => (t.focus ??= performance.now()), true);
        new MutationObserver(() => {
          if (!t.result && document.querySelector('[data-search-suggest] a')) t.result = performance.now();
        }).observe(document.body, { subtree: true, childList: true });
      });
      const box = page.getByRole('combobox', { name: '搜索手册' });
      await box.focus();
      await page.keyboard.type(query);
      const first = page.locator('[data-search-suggest] a').first();
      await first.waitFor();
      const search = Math.round(await page.evaluate(() => {
        const t = window.__t;
        return t.result - t.focus;
      }));
      const href = await first.getAttribute('href');
      const t2 = Date.now();
      await page.goto(`${base}${href}`, { waitUntil: 'load' });
      const open = Date.now() - t2;
      results.push({ home, search, open, total: home + search + open });
      await ctx.close();
    }
  } finally {
    await browser.close();
  }
  const m = (k) => median(results.map((r) => r[k]));
  return { home: m('home'), search: m('search'), open: m('open'), total: m('total') };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let base = process.argv[2];
  let server;
  if (!base) {
    server = spawn(process.execPath, ['scripts/serve.mjs', '4398'], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise((r) => server.stdout.once('data', r));
    base = 'http://127.0.0.1:4398';
  }
  try {
    const r = await measurePath(base);
    console.log(`慢速 4G + 4 倍慢 CPU：打开首页 ${r.home} ms，输入「困梯」到出结果 ${r.search} ms，打开第一个结果 ${r.open} ms，合计 ${r.total} ms（3 次中位数）`);
  } finally {
    server?.kill();
  }
}
