// npm run bench: builds, serves, and prints what a person on a cheap phone pays, plus how the
// build and the trainer console scale. Times vary between runs; bytes do not.
import { execSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { measurePath, pathLine, serveFolder, sideBySide } from './bench-path.mjs';
import { measureRoster, PEOPLE, RESULTS } from './bench-roster.mjs';
import { STARLIGHT_DIR } from './bench-starlight.mjs';
import { offlineSizes } from './offline-size.mjs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${join(process.cwd(), 'node_modules', '.bin')}:${process.env.PATH}` };
/** @param {number} n */
const kib = (n) => (n / 1024).toFixed(1);
/** @param {Buffer} b */
const br = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
/** @param {Buffer} b */
const gz = (b) => gzipSync(b, { level: 9 }).length;
/** @param {number[]} a */
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const CHROME_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** @param {string} cwd */
function timedBuild(cwd) {
  const t = Date.now();
  execSync('node scripts/build.mjs', { cwd, stdio: process.env.BENCH_VERBOSE ? 'inherit' : 'ignore', env });
  return (Date.now() - t) / 1000;
}
/** @type {(dir: string) => number} */
const countPages = (dir) => readdirSync(dir, { withFileTypes: true }).reduce((n, d) => n + (d.isDirectory() ? countPages(join(dir, d.name)) : d.name === 'index.html' ? 1 : 0), 0);

// 1. Build time
const buildSeconds = timedBuild('.');
const pages = countPages('dist');

// 1b. Every project in content/projects/, each into its own folder, as build:all does
const projectsOut = join(tmpdir(), `wuye-projects-${process.pid}`);
const projectTimes = readdirSync('content/projects')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.slice(0, -5))
  .map((id) => {
    const t = Date.now();
    execSync('node scripts/build.mjs', { stdio: process.env.BENCH_VERBOSE ? 'inherit' : 'ignore', env: { ...env, PROJECT: id, OUT_DIR: join(projectsOut, id) } });
    return /** @type {const} */ ([id, (Date.now() - t) / 1000]);
  });
rmSync(projectsOut, { recursive: true, force: true });

// 2. Page weight per page type (cold load: HTML + linked CSS/JS; islands' JS listed separately)
/** @param {string} u */
const file = (u) => readFileSync(join('dist', u));
/** @param {string} path */
function cold(path) {
  const html = file(join(path, 'index.html'));
  const linked = [...html.toString().matchAll(/<(?:link rel="stylesheet"[^>]*href|script[^>]+src)="([^"]+)"/g)].map((m) => m[1]);
  const css = linked.filter((u) => u.endsWith('.css')).map(file);
  const js = linked.filter((u) => u.endsWith('.js')).map(file);
  /** @param {Buffer[]} arr @param {(b: Buffer) => number} f */
  const sum = (arr, f) => arr.reduce((n, b) => n + f(b), 0);
  return { html: br(html), css: sum(css, br), js: sum(js, br), total: br(html) + sum(css, br) + sum(js, br), gzip: gz(html) + sum(css, gz) + sum(js, gz) };
}
const types = [
  ['首页', ''],
  ['手册页', 'handbook/service/request-flow'],
  ['长手册页', 'handbook/engineering/handover-design-points'],
  ['应急预案', 'emergency/fire'],
  ['上墙版', 'emergency/fire/print'],
  ['岗位页', 'roles/security'],
  ['管家的一天', 'day/steward-day'],
  ['题库练习', 'train/quiz/service'],
  ['演练', 'train/drill/flat-fire'],
  ['考核台', 'assess/console'],
];
const rows = types.map(([name, p]) => /** @type {const} */ ([name, cold(p)]));

// 3. JavaScript per island (gzip, the island module itself; shared chunks listed once)
const islandJs = readdirSync('dist/_astro')
  .filter((f) => f.endsWith('.js'))
  .map((f) => /** @type {const} */ ([f, gz(file(`_astro/${f}`))]))
  .sort((a, b) => b[1] - a[1]);

// 4. Browser measurements: search latency, console import of 2,000 results, Lighthouse
const port = 4399;
const server = spawn(process.execPath, ['scripts/serve.mjs', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((r) => server.stdout.once('data', r));
const base = `http://127.0.0.1:${port}`;
/** @type {{ cold: number[], warm: number[], bytes: number, fullText: number }} */
const search = { cold: [], warm: [], bytes: 0, fullText: 0 };
// measured below; a failed measurement ends the run (try … finally)
let consoleMs;
let rosterTiming;
let pathTiming;
let sideBy = null;
// the last side-by-side run, kept in the repository so a machine without the anchor can still say
const SIDE_BY_SIDE = 'docs/bench-side-by-side.json';
const lighthouseScores = [];
try {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROME_FLAGS });
  for (const q of ['电梯困人', '跑水了', '装修押金多少', '消防通道被堵了怎么办', '挡鼠板小心绊倒']) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    /** @type {string[]} */
    const urls = [];
    await page.goto(`${base}/handbook/service/request-flow/`);
    await page.waitForLoadState('networkidle');
    page.on('request', (r) => urls.push(new URL(r.url()).pathname));
    const box = page.getByRole('combobox', { name: '搜索手册' });
    let t = performance.now();
    await box.fill(q);
    await page.locator('[data-search-suggest] [role=option]').first().waitFor();
    search.cold.push(performance.now() - t);
    await page.waitForLoadState('networkidle');
    // the first result's page, prepared for the tap (speculation rules), counts to opening it
    const bytes = [...new Set(urls)].filter((u) => !u.endsWith('/')).reduce((n, u) => n + br(file(u)), 0);
    if (!search.bytes) search.bytes = bytes;
    if (q === '挡鼠板小心绊倒') search.fullText = bytes;
    await box.fill('');
    t = performance.now();
    await box.fill(q + '？');
    await page.locator('[data-search-suggest] [role=option]').first().waitFor();
    search.warm.push(performance.now() - t);
    await ctx.close();
  }

  const { makeCodes } = await import('./bench-console.mjs');
  const { codes } = makeCodes(2000);
  const page = await browser.newPage();
  await page.goto(`${base}/assess/console/`);
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr][client="load"]'));
  await page.getByLabel(/粘贴结果码/).fill(codes.join('\n'));
  const t = performance.now();
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await page.getByRole('heading', { name: '成绩（2000 人）' }).waitFor();
  await page.locator('[data-items] tbody tr').first().waitFor();
  consoleMs = performance.now() - t;
  rosterTiming = await measureRoster(browser, base);
  await browser.close();

  if (existsSync(join(STARLIGHT_DIR, 'dist', 'index.html'))) {
    const anchor = await serveFolder(join(STARLIGHT_DIR, 'dist'), 4397);
    try {
      sideBy = { date: new Date().toISOString().slice(0, 10), ...(await sideBySide(base, anchor.base)) };
      writeFileSync(SIDE_BY_SIDE, `${JSON.stringify(sideBy, null, 2)}\n`);
    } finally {
      anchor.stop();
    }
    pathTiming = sideBy.handbook;
  } else {
    pathTiming = await measurePath(base);
  }

  const lighthouse = (await import('lighthouse')).default;
  const { launch } = await import('chrome-launcher');
  // Three runs per page, each in a fresh browser; the median is reported (one run is noise).
  for (const [name, p] of [
    ['首页', '/'],
    ['手册页', '/handbook/etiquette/reception/'],
    ['应急预案', '/emergency/fire/'],
  ]) {
    /** @type {number[][]} */
    const runs = [];
    for (let i = 0; i < 3; i++) {
      const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', ...CHROME_FLAGS] });
      const r = await lighthouse(`${base}${p}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        formFactor: 'mobile',
      });
      if (!r) throw new Error(`Lighthouse returned nothing for ${p}`);
      const c = r.lhr.categories;
      // a category Lighthouse could not score (null) counts as 0
      runs.push([...['performance', 'accessibility', 'best-practices', 'seo'].map((k) => Math.round((c[k].score ?? 0) * 100)), Math.round(r.lhr.audits['total-blocking-time'].numericValue ?? NaN)]);
      await chrome.kill();
    }
    lighthouseScores.push([name, ...runs[0].map((_, k) => median(runs.map((x) => x[k])))]);
  }
} finally {
  server.kill();
}

// 5. How the build grows: the same site with 1,000 generated handbook pages
const dir = join(tmpdir(), `wuye-bench-${process.pid}`);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir);
for (const f of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(f, join(dir, f), { recursive: true });
symlinkSync(join(process.cwd(), 'node_modules'), join(dir, 'node_modules'));
const templates = readdirSync('content/handbook/service').filter((f) => f.endsWith('.mdx'));
for (let i = 0; i < 1000; i++) {
  const src = readFileSync(join('content/handbook/service', templates[i % templates.length]), 'utf8');
  writeFileSync(join(dir, 'content/handbook/reference', `generated-${i}.mdx`), src.replace(/^title: (.*)$/m, `title: $1（示例 ${i}）`));
}
const bigSeconds = timedBuild(dir);
const bigPages = countPages(join(dir, 'dist'));
rmSync(dir, { recursive: true, force: true });

console.log(`\n## 基准（${new Date().toISOString().slice(0, 10)}，2 核机器）\n`);
console.log(`| 项目 | 结果 |\n|---|---|`);
console.log(`| 构建（Astro + Pagefind + 离线缓存） | ${buildSeconds.toFixed(1)} 秒，${pages} 个页面 |`);
console.log(`| 加 1,000 个生成页面后构建 | ${bigSeconds.toFixed(1)} 秒，${bigPages} 个页面 |`);
for (const [id, sec] of projectTimes) console.log(`| 构建项目 ${id}（build:all 里的一项） | ${sec.toFixed(1)} 秒 |`);
console.log(`| 搜索：冷启动（首次加载索引）中位数 | ${Math.round(median(search.cold))} ms（页面目录即答；要全文时另等 120 ms 输入停顿） |`);
console.log(`| 搜索：热查询中位数 | ${Math.round(median(search.warm))} ms（页面目录即答；要全文时另等 120 ms 输入停顿） |`);
console.log(`| 打开搜索 + 第一次中文查询传输（「电梯困人」，页面目录即可回答） | ${kib(search.bytes)} KiB |`);
console.log(`| 同上，但问题只有全文才能回答（「挡鼠板小心绊倒」，加载 Pagefind） | ${kib(search.fullText)} KiB |`);
console.log(`| 考核台导入并分析 2,000 份结果 | ${Math.round(consoleMs)} ms |`);
console.log(
  `| 考核台导入 ${RESULTS.toLocaleString('en')} 份结果（文件） | ${Math.round(rosterTiming.resultsMs)} ms（连同 ${PEOPLE.toLocaleString('en')} 人名单占浏览器存储 ${(rosterTiming.stored / 1e6).toFixed(1)} 百万字符${rosterTiming.saved ? '' : '，放不下：只在本页有效'}） |`,
);
console.log(`| 名单导入 ${PEOPLE.toLocaleString('en')} 人：选文件到预览 | ${Math.round(rosterTiming.previewMs)} ms |`);
console.log(`| 名单保存 + 完成情况（${PEOPLE.toLocaleString('en')} 人 × ${RESULTS.toLocaleString('en')} 份结果）显示 | ${Math.round(rosterTiming.keepMs)} ms |`);
console.log(`| 重新打开考核台后展开完成情况 | ${Math.round(rosterTiming.openMs)} ms |`);
console.log(`| 完成情况按项目筛选 | ${Math.round(rosterTiming.filterMs)} ms |`);
const offline = offlineSizes('dist');
/** @param {number} n */
const mib = (n) => (n / 1024 / 1024).toFixed(2);
console.log(`| 离线：第一次打开存下（值班要用的：预案、现场处置、手册、检查表、搜索） | ${offline.shift.files} 个文件，${mib(offline.shift.bytes)} MiB（brotli） |`);
console.log(`| 离线：培训内容（用到时或连 Wi-Fi 空闲时存） | ${offline.training.files} 个文件，${mib(offline.training.bytes)} MiB（brotli） |`);
console.log(`| 慢速 4G + 4 倍慢 CPU：冷打开首页 → 页头搜「困梯」→ 点第一个结果（3 次中位数） | ${pathLine(pathTiming)} |`);
const last = sideBy ?? (existsSync(SIDE_BY_SIDE) ? JSON.parse(readFileSync(SIDE_BY_SIDE, 'utf8')) : null);
if (last) {
  const when = sideBy ? '本次同机轮流测' : `${last.date} 同机轮流测（这台机器没有对照站：npm run bench:starlight 构建）`;
  console.log(`| 同一路径，Starlight 对照站（同样的文档，${when}） | ${pathLine(last.starlight)} |`);
  console.log(`| 本站 / Starlight（${when}） | ${(last.handbook.total / last.starlight.total).toFixed(2)}（本站 ${last.handbook.total} ms） |`);
}
console.log(`\n| 页面类型 | HTML (br) | CSS (br) | 首屏 JS (br) | 合计 br | 合计 gzip |\n|---|---|---|---|---|---|`);
for (const [name, c] of rows) console.log(`| ${name} | ${kib(c.html)} | ${kib(c.css)} | ${kib(c.js)} | ${kib(c.total)} | ${kib(c.gzip)} |`);
console.log(`\n| 岛屿 / 共享 JS 块 | gzip KiB |\n|---|---|`);
for (const [f, n] of islandJs) console.log(`| ${f.replace(/\.[\w-]+\.js$/, '')} | ${kib(n)} |`);
console.log(`\n| Lighthouse（手机，3 次中位数） | 性能 | 无障碍 | 最佳做法 | SEO | TBT (ms) |\n|---|---|---|---|---|---|`);
for (const [name, ...s] of lighthouseScores) console.log(`| ${name} | ${s.join(' | ')} |`);
