// npm run build: Astro → Pagefind index → Workbox service worker. The first visit stores what a
// shift needs offline (plans, incident runs, handbook, checklists, search); training material is
// stored on first use or when the phone is idle on Wi-Fi (src/lib/offline/).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';
import { tightenCsp } from '../src/lib/csp.ts';
import { reflowTables } from '../src/lib/table-reflow.ts';
import { chosenProject } from '../src/schemas/project-file.ts';
import { splitTiers } from '../src/lib/offline/split.ts';
import { shouldWarm } from '../src/lib/offline/warm.ts';
import { trainingWorker } from '../src/lib/offline/training-worker.ts';
import { freshnessWorker } from '../src/lib/offline/freshness-worker.ts';
import { staticImportsOf } from '../src/lib/preload.ts';
import { localDate } from '../src/lib/local-date.ts';
import { failureNote, folderState, outDirFor, replaceFolder } from './dist-state.mjs';

/**
 * The header search island's scripts, all of them, on the island (data-preload): touching the box
 * asks for them at once (src/scripts/inline.ts) rather than one level of imports per round trip.
 */
const searchScripts = new Map();
function preloadSearch(html) {
  return html.replace(/<astro-island\b[^>]*component-url="\/_astro\/(SearchBox\.[\w-]+\.js)"[^>]*renderer-url="\/_astro\/([\w.-]+\.js)"/, (tag, island, renderer) => {
    const key = `${island} ${renderer}`;
    if (!searchScripts.has(key)) searchScripts.set(key, staticImportsOf([island, renderer], (f) => readFileSync(join(out, '_astro', f), 'utf8')).map((f) => `/_astro/${f}`).join(' '));
    return `${tag} data-preload="${searchScripts.get(key)}"`;
  });
}

/**
 * Home is where most visits start, from a WeChat menu or a home-screen icon: its styles are in the
 * page so the first screen waits for nothing else. The style files of what search opens (plans and
 * handbook pages) are then fetched while the phone is idle, so the next page waits for none either.
 */
const LINKED_CSS = /<link rel="stylesheet" href="(\/_astro\/[\w.-]+\.css)">/g;
function inlineStyles(html) {
  const reading = ['emergency/fire/index.html', 'handbook/service/request-flow/index.html']
    .filter((p) => existsSync(join(out, p)))
    .flatMap((p) => [...readFileSync(join(out, p), 'utf8').matchAll(LINKED_CSS)].map((m) => m[1]));
  const prefetch = [...new Set(reading)].map((href) => `<link rel="prefetch" href="${href}" as="style">`).join('');
  return html.replace(LINKED_CSS, (_, href) => `<style>${readFileSync(join(out, href), 'utf8')}</style>`).replace('</head>', `${prefetch}</head>`);
}

/**
 * Finishing touches on the built HTML. Tables in page bodies become labelled rows on phones; each
 * page's Content-Security-Policy lists only its own inline hashes (src/lib/csp.ts).
 * Astro writes its one-line island style (display: contents) just before the first island, which
 * here sits in the page header; <style> belongs in <head>, so it is moved there. Same bytes, so
 * the CSP hash Astro computed still matches.
 */
function afterBuild(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) afterBuild(path);
    else if (name.endsWith('.html')) {
      let html = preloadSearch(reflowTables(readFileSync(path, 'utf8')));
      if (path === join(out, 'index.html')) html = inlineStyles(html);
      const m = /<style>astro-island,[^<]*<\/style>/.exec(html);
      if (m && html.indexOf(m[0]) > html.indexOf('</head>')) html = (html.slice(0, m.index) + html.slice(m.index + m[0].length)).replace('</head>', `${m[0]}</head>`);
      // last: the policy lists exactly the inline scripts and styles this page now holds
      writeFileSync(path, tightenCsp(html));
    }
  }
}

const choice = chosenProject(process.cwd());
// The project's deployable folder (dist/ for the demo, dist-projects/<id>/ otherwise) is only
// replaced by a build that finished: until then it keeps its last good build.
const target = outDirFor(choice, process.env);
const out = `${target}.building`;
rmSync(out, { recursive: true, force: true });
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: out };
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit', env });
const t0 = Date.now();
let finished = false;
// A failed step has printed why (its stack trace adds nothing); this script's own errors have not.
process.on('uncaughtException', (e) => {
  if (!(e && typeof e === 'object' && 'status' in e)) console.error(e);
  process.exit(1);
});
process.on('exit', () => {
  if (finished) return;
  rmSync(out, { recursive: true, force: true });
  console.error(`\n${failureNote({ dir: target, wanted: choice.abs, ...folderState(target) })}`);
});
run('astro', ['build']);
afterBuild(out);
run('pagefind', ['--site', out, '--silent']);

/**
 * What a phone must not keep old once online: the project's contacts and the plans. Their hash and
 * the date go to version.json (asked each page view) and into the worker (freshness-worker.ts).
 */
const walkFiles = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walkFiles(join(dir, e.name)) : [join(dir, e.name)])).sort();
const safetyHash = createHash('sha256');
for (const f of [chosenProject(process.cwd()).abs, ...walkFiles('content/emergencies')]) safetyHash.update(readFileSync(f));
const version = { safety: safetyHash.digest('hex').slice(0, 16), built: localDate(Date.now()) };
writeFileSync(join(out, 'version.json'), JSON.stringify(version));

/** @type {{ url: string, revision: string | null, size: number }[]} */
let training = [];
/** @type {string[]} */
let shift = [];
const sw = await generateSW({
  globDirectory: out,
  globPatterns: ['**/*.{html,css,js,json,svg,png,webmanifest,txt,pf_meta,pf_index,pf_fragment,pf_filter,pagefind}'],
  // Pagefind's ready-made UIs are not used here; the search island calls its API directly.
  // The content editor (/admin/, 2 MB) is for a few editors on a PC: never downloaded to staff phones.
  // version.json is asked of the server each time (freshness-worker.ts), never stored.
  globIgnores: ['sw.js', 'workbox-*.js', 'pagefind/pagefind-*ui*', 'pagefind/pagefind-highlight.js', 'admin/**', 'version.json'],
  swDest: join(out, 'sw.js'),
  // Everything in one file: no request for a Workbox runtime from anywhere.
  inlineWorkboxRuntime: true,
  mode: 'production',
  sourcemap: false,
  // A new version waits until the person taps 更新 (the page posts SKIP_WAITING).
  skipWaiting: false,
  clientsClaim: true,
  cleanupOutdatedCaches: true,
  maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  // the training tier leaves the precache; trainingWorker serves and stores it
  manifestTransforms: [
    (entries) => {
      const tiers = splitTiers(entries.map((e) => e.url), (u) => readFileSync(join(out, u), 'utf8'));
      const inShift = new Set(tiers.shift);
      training = entries.filter((e) => !inShift.has(e.url));
      const manifest = entries.filter((e) => inShift.has(e.url));
      shift = manifest.map((e) => e.url);
      return { manifest, warnings: [] };
    },
  ],
  directoryIndex: 'index.html',
  // Every page is a static file, so no query parameter changes what a URL returns: WeChat's
  // ?from=singlemessage&isappinstalled=0, tracking tags, Pagefind's ?ts=, the search page's ?q=
  // and exam links' ?exam= all find the same precached page.
  ignoreURLParametersMatching: [/.*/],
  // A page the precache does not hold (new in a deployment this phone has not taken yet, or a
  // wrong address) comes from the network; only without a network does the offline page answer.
  runtimeCaching: [
    {
      urlPattern: ({ url }) => !!self.__wuyeTraining && self.__wuyeTraining.matches(url),
      handler: ({ request, url }) => self.__wuyeTraining.handle(request, url),
    },
    {
      urlPattern: ({ request }) => request.mode === 'navigate',
      handler: 'NetworkOnly',
      options: { precacheFallback: { fallbackURL: '/offline/index.html' } },
    },
  ],
});
for (const w of sw.warnings) console.warn(w);
// Named after its contents: a deployment that changes no training file keeps what phones stored.
const trainingCache = `wuye-training-${createHash('sha256').update(training.map((e) => `${e.url} ${e.revision}`).join('\n')).digest('hex').slice(0, 12)}`;
appendFileSync(
  join(out, 'sw.js'),
  `\n(${trainingWorker})(self,${JSON.stringify(training.map((e) => e.url))},${JSON.stringify(trainingCache)},${shouldWarm});\n(${freshnessWorker})(self,${JSON.stringify(version)});\n`,
);
// For npm run bench and the budget test: what the first visit stores, and what comes later.
writeFileSync(join(out, '.offline-tiers.json'), JSON.stringify({ shift, training: training.map((e) => e.url) }));
// Which project this folder holds, for npm start to tell a stale folder from the right one
// (a dotfile: neither served nor precached).
writeFileSync(join(out, '.project'), choice.abs);
const trainingBytes = training.reduce((n, e) => n + e.size, 0);
console.log(`离线缓存：首次打开存 ${sw.count} 个文件（${(sw.size / 1024 / 1024).toFixed(1)} MB），培训内容 ${training.length} 个文件（${(trainingBytes / 1024 / 1024).toFixed(1)} MB）用到时或连 Wi-Fi 空闲时再存`);
replaceFolder(out, target);
finished = true;
console.log(`构建完成：${target}/，用时 ${((Date.now() - t0) / 1000).toFixed(1)} 秒`);
