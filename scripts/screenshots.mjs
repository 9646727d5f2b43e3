// npm run screenshots [-- --build] [-- <playwright args>]: regenerates docs/screenshots/ — every
// screen in test/screens/screens.ts at a 390×844 phone and a 1280×800 desktop, each driven into a
// real state by test/screens/screens.spec.ts — and its README. Builds first when dist/ is missing
// or --build is passed. Extra arguments (such as -g 考试) go to Playwright and keep the other PNGs.
// DIST_DIR photographs another build (the server and the tests both read it).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCREENS } from '../test/screens/screens.ts';

const DIR = 'docs/screenshots';
const MAX_FILE = 250 * 1024;
const MAX_TOTAL = 6 * 1024 * 1024;
const PROJECTS = { phone: '390×844', desktop: '1280×800' };

const args = process.argv.slice(2);
const build = args.includes('--build');
const rest = args.filter((a) => a !== '--build');
const dist = process.env.DIST_DIR ?? 'dist';
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: dist };
/** @param {string} cmd @param {string[]} argv */
const run = (cmd, argv) => execFileSync(cmd, argv, { stdio: 'inherit', env });
/** @param {string} name */
const bin = (name) => join('node_modules', '.bin', name);

try {
  run(process.execPath, ['scripts/ensure-browser.mjs']);
  if (build || !existsSync(join(dist, 'index.html'))) run(process.execPath, ['scripts/build.mjs']);
  // A full run starts from an empty folder, so a renamed or dropped screen leaves no stale picture.
  if (rest.length === 0 && existsSync(DIR)) for (const f of readdirSync(DIR)) if (/^(phone|desktop)-\d\d-.+\.png$/.test(f)) rmSync(join(DIR, f));
  run(bin('playwright'), ['test', '-c', 'playwright.screenshots.config.ts', ...rest]);
} catch {
  process.exit(1);
}

/** @param {string} project @param {string} name */
const file = (project, name) => `${project}-${String(/** @type {Record<string, { n: number }>} */ (SCREENS)[name].n).padStart(2, '0')}-${name}.png`;
const rows = Object.entries(SCREENS)
  .sort((a, b) => a[1].n - b[1].n)
  .map(
    ([name, s]) =>
      `| ${s.n} | ${s.title} | ${Object.keys(PROJECTS)
        .map((p) => `[${p === 'phone' ? '手机' : '电脑'}](${file(p, name)})`)
        .join(' · ')} | ${s.shows} |`,
  );
writeFileSync(
  join(DIR, 'README.md'),
  `# 截图

每个界面都由 \`test/screens/screens.spec.ts\` 在构建好的网站上一步步点出来（不改页面、不伪造数据，浏览器时钟定在 2026-11-25 上午），各截一张手机（${PROJECTS.phone}）和一张电脑（${PROJECTS.desktop}）的一屏。
文件名是 \`<手机 phone／电脑 desktop>-<序号>-<界面>.png\`。重新生成：\`npm run screenshots\`（\`-- --build\` 先重新构建）。

| # | 界面 | 截图 | 画面上是什么 |
|---|---|---|---|
${rows.join('\n')}
`,
);

// Keep the folder light for the repository: each picture and the whole folder have a ceiling.
const pngs = readdirSync(DIR).filter((f) => f.endsWith('.png'));
const sizes = pngs.map((f) => /** @type {const} */ ([f, statSync(join(DIR, f)).size]));
const total = sizes.reduce((s, [, n]) => s + n, 0);
const missing = Object.keys(SCREENS)
  .flatMap((name) => Object.keys(PROJECTS).map((p) => file(p, name)))
  .filter((f) => !pngs.includes(f));
const big = sizes.filter(([, n]) => n > MAX_FILE);
console.log(`\n${pngs.length} 张截图，共 ${(total / 1024 / 1024).toFixed(2)} MB，写入 ${DIR}/`);
if (missing.length) console.error(`缺少：${missing.join('、')}`);
if (big.length) console.error(`超过 ${MAX_FILE / 1024} KB：${big.map(([f, n]) => `${f}（${Math.round(n / 1024)} KB）`).join('、')}`);
if (total > MAX_TOTAL) console.error(`整个文件夹超过 ${MAX_TOTAL / 1024 / 1024} MB`);
if ((rest.length === 0 && missing.length) || big.length || total > MAX_TOTAL) process.exit(1);
