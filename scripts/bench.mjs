// npm run bench: builds, then measures what a person on a slow phone pays.
//   - build time
//   - bytes per page type (HTML, CSS, JS on first load; raw, gzip, brotli)
//   - JavaScript per island chunk
//   - search: bytes fetched and time for opening search + first Chinese query, cold and warm
import { execSync, spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const t0 = Date.now();
execSync('node scripts/build.mjs', { stdio: 'ignore', env });
const buildSeconds = (Date.now() - t0) / 1000;

const sizes = (buf) => ({
  raw: buf.length,
  gzip: gzipSync(buf, { level: 9 }).length,
  br: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
const kib = (n) => (n / 1024).toFixed(1);

function pageCost(path) {
  const html = readFileSync(join('dist', path, 'index.html'));
  const assets = [...html.toString().matchAll(/<(?:link[^>]+href|script[^>]+src)="(\/_astro\/[^"]+)"/g)].map((m) => m[1]);
  const css = Buffer.concat(assets.filter((a) => a.endsWith('.css')).map((a) => readFileSync(join('dist', a))));
  const js = Buffer.concat(assets.filter((a) => a.endsWith('.js')).map((a) => readFileSync(join('dist', a))));
  return { html: sizes(html), css: sizes(css), js: sizes(js) };
}
const pageTypes = [
  ['首页', ''],
  ['手册页', 'handbook/service/request-flow'],
  ['应急预案', 'emergency/fire'],
  ['上墙版', 'emergency/fire/print'],
  ['岗位页', 'roles/security'],
  ['管家的一天', 'day/steward-day'],
  ['搜索页', 'search'],
];
console.log(`\n构建用时：${buildSeconds.toFixed(1)} 秒（${countPages()} 个页面）\n`);
console.log('页面类型        HTML(br/gz KiB)   CSS(br)  首屏JS(br)  合计(br)  合计(gzip)');
for (const [name, path] of pageTypes) {
  const c = pageCost(path);
  const br = c.html.br + c.css.br + c.js.br;
  const gz = c.html.gzip + c.css.gzip + c.js.gzip;
  console.log(`${name.padEnd(10, '　')}  ${kib(c.html.br).padStart(6)}/${kib(c.html.gzip).padStart(5)}   ${kib(c.css.br).padStart(6)}  ${kib(c.js.br).padStart(8)}  ${kib(br).padStart(8)}  ${kib(gz).padStart(9)}`);
}

console.log('\n岛屿（按需加载的 JS 块，brotli KiB）');
for (const f of readdirSync('dist/_astro').filter((f) => f.endsWith('.js')).sort()) {
  console.log(`  ${f.padEnd(36)} ${kib(sizes(readFileSync(join('dist/_astro', f))).br).padStart(6)}`);
}

function countPages(dir = 'dist') {
  let n = 0;
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    if (d.isDirectory()) n += countPages(join(dir, d.name));
    else if (d.name === 'index.html') n++;
  }
  return n;
}

// Search latency in the real browser against the built site.
const port = 4399;
const server = spawn(process.execPath, ['scripts/serve.mjs', String(port)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
try {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const queries = ['电梯困人', '漏水', '装修押金', '消防通道被堵了怎么办', '垃圾多久清'];
  const cold = [];
  const warm = [];
  let firstBytes = 0;
  for (const q of queries) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    let bytes = 0;
    page.on('response', async (r) => {
      try {
        bytes += (await r.body()).length;
      } catch {}
    });
    await page.goto(`http://127.0.0.1:${port}/handbook/service/request-flow/`);
    await page.waitForLoadState('networkidle');
    const before = bytes;
    const box = page.getByRole('combobox', { name: '搜索手册' });
    let t = Date.now();
    await box.fill(q);
    await page.locator('[data-search-suggest] [role=option]').first().waitFor();
    cold.push(Date.now() - t);
    if (!firstBytes) firstBytes = bytes - before;
    await box.fill('');
    t = Date.now();
    await box.fill(q + ' ');
    await page.locator('[data-search-suggest] [role=option]').first().waitFor();
    warm.push(Date.now() - t);
    await ctx.close();
  }
  await browser.close();
  const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
  console.log(`\n搜索（${queries.length} 个问题，含 120ms 输入防抖）：冷启动中位数 ${median(cold)} ms，热查询中位数 ${median(warm)} ms`);
  console.log(`打开搜索 + 第一次中文查询传输：${kib(firstBytes)} KiB（未压缩字节，静态服务器未启用压缩）`);
} finally {
  server.kill();
}
