// npm run build: Astro → Pagefind index → Workbox service worker (precaches the whole site so it
// works offline after one visit).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';
import { tightenCsp } from '../src/lib/csp.ts';
import { reflowTables } from '../src/lib/table-reflow.ts';
import { chosenProject } from '../src/schemas/project-file.ts';

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
      let html = reflowTables(readFileSync(path, 'utf8'));
      const m = /<style>astro-island,[^<]*<\/style>/.exec(html);
      if (m && html.indexOf(m[0]) > html.indexOf('</head>')) html = (html.slice(0, m.index) + html.slice(m.index + m[0].length)).replace('</head>', `${m[0]}</head>`);
      // last: the policy lists exactly the inline scripts and styles this page now holds
      writeFileSync(path, tightenCsp(html));
    }
  }
}

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
// OUT_DIR: build:all builds each project into a folder of its own
const out = process.env.OUT_DIR ?? 'dist';
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit', env });
const t0 = Date.now();
run('astro', ['build']);
afterBuild(out);
run('pagefind', ['--site', out, '--silent']);

const sw = await generateSW({
  globDirectory: out,
  globPatterns: ['**/*.{html,css,js,json,svg,png,webmanifest,txt,pf_meta,pf_index,pf_fragment,pf_filter,pagefind}'],
  // Pagefind's ready-made UIs are not used here; the search island calls its API directly.
  // The content editor (/admin/, 2 MB) is for a few editors on a PC: never downloaded to staff phones.
  globIgnores: ['sw.js', 'workbox-*.js', 'pagefind/pagefind-*ui*', 'pagefind/pagefind-highlight.js', 'admin/**'],
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
  directoryIndex: 'index.html',
  // Every page is a static file, so no query parameter changes what a URL returns: WeChat's
  // ?from=singlemessage&isappinstalled=0, tracking tags, Pagefind's ?ts=, the search page's ?q=
  // and exam links' ?exam= all find the same precached page.
  ignoreURLParametersMatching: [/.*/],
  // A page the precache does not hold (new in a deployment this phone has not taken yet, or a
  // wrong address) comes from the network; only without a network does the offline page answer.
  runtimeCaching: [
    {
      urlPattern: ({ request }) => request.mode === 'navigate',
      handler: 'NetworkOnly',
      options: { precacheFallback: { fallbackURL: '/offline/index.html' } },
    },
  ],
});
for (const w of sw.warnings) console.warn(w);
// Which project this folder holds, for npm start to tell a stale folder from the right one
// (a dotfile: neither served nor precached).
writeFileSync(join(out, '.project'), chosenProject(process.cwd()).abs);
console.log(`离线缓存：${sw.count} 个文件，${(sw.size / 1024 / 1024).toFixed(1)} MB`);
console.log(`构建完成，用时 ${((Date.now() - t0) / 1000).toFixed(1)} 秒`);
