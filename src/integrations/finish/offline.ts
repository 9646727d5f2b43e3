/**
 * The offline worker. The first visit stores what a shift needs (plans, incident runs, handbook,
 * checklists, search); training material is stored on first use or when the phone is idle on
 * Wi-Fi (src/lib/offline/training-worker.ts). version.json carries a hash of the contacts and the
 * plans, so a redeploy that changes them reaches online phones at once (freshness-worker.ts).
 */
import { createHash } from 'node:crypto';
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSW, type ManifestEntry } from 'workbox-build';
import { localDate } from '../../lib/local-date.ts';
import { freshnessWorker, type SafetyVersion } from '../../lib/offline/freshness-worker.ts';
import { splitTiers } from '../../lib/offline/split.ts';
import { trainingWorker } from '../../lib/offline/training-worker.ts';
import { shouldWarm } from '../../lib/offline/warm.ts';
import { routes } from '../../lib/routes.ts';

/** the offline page as a file: what the worker shows for a page it has not stored */
const OFFLINE_PAGE = `${routes.offline}index.html`;

declare const self: { __wuyeTraining?: { matches(url: URL): boolean; handle(request: Request, url: URL): Promise<Response> } };

const walkFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walkFiles(join(dir, e.name)) : [join(dir, e.name)]))
    .sort();

/** What a phone must not keep old once online: the project's contacts and the plans. */
export function safetyVersion(projectFile: string, root = process.cwd()): SafetyVersion {
  const hash = createHash('sha256');
  for (const f of [projectFile, ...walkFiles(join(root, 'content', 'emergencies'))]) hash.update(readFileSync(f));
  return { safety: hash.digest('hex').slice(0, 16), built: localDate(Date.now()) };
}

export interface OfflineReport {
  shift: { files: number; bytes: number };
  training: { files: number; bytes: number };
}

export async function buildOffline(out: string, projectFile: string): Promise<OfflineReport> {
  const version = safetyVersion(projectFile);
  writeFileSync(join(out, routes.data.version), JSON.stringify(version));
  let training: (ManifestEntry & { size: number })[] = [];
  let shift: string[] = [];
  const sw = await generateSW({
    globDirectory: out,
    globPatterns: ['**/*.{html,css,js,json,svg,png,webmanifest,txt,pf_meta,pf_index,pf_fragment,pf_filter,pagefind}'],
    // Pagefind's ready-made UIs are not used here; the search island calls its API directly.
    // The content editor (/admin/, 2 MB) is for a few editors on a PC: never downloaded to staff phones.
    // version.json is asked of the server each time (freshness-worker.ts), never stored.
    globIgnores: [routes.data.worker.slice(1), 'workbox-*.js', 'pagefind/pagefind-*ui*', 'pagefind/pagefind-highlight.js', 'admin/**', routes.data.version.slice(1)],
    swDest: join(out, routes.data.worker),
    // Everything in one file: no request for a Workbox runtime from anywhere.
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    // A new version waits until the person taps 更新 (the page posts SKIP_WAITING) — unless it
    // changes numbers or plans (freshness-worker.ts).
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    // the training tier leaves the precache; trainingWorker serves and stores it
    manifestTransforms: [
      (entries) => {
        const tiers = splitTiers(
          entries.map((e) => e.url),
          (u) => readFileSync(join(out, u), 'utf8'),
        );
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
        handler: ({ request, url }) => self.__wuyeTraining!.handle(request, url),
      },
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: OFFLINE_PAGE } },
      },
    ],
  });
  for (const w of sw.warnings) console.warn(w);
  // Named after its contents: a deployment that changes no training file keeps what phones stored.
  const trainingCache = `wuye-training-${createHash('sha256')
    .update(training.map((e) => `${e.url} ${e.revision}`).join('\n'))
    .digest('hex')
    .slice(0, 12)}`;
  appendFileSync(
    join(out, routes.data.worker),
    `\n(${trainingWorker})(self,${JSON.stringify(training.map((e) => e.url))},${JSON.stringify(trainingCache)},${shouldWarm},${JSON.stringify(OFFLINE_PAGE)});\n(${freshnessWorker})(self,${JSON.stringify(version)},${JSON.stringify({ version: routes.data.version, stored: routes.data.storedVersion })});\n`,
  );
  // For npm run bench and the budget test: what the first visit stores, and what comes later.
  writeFileSync(join(out, '.offline-tiers.json'), JSON.stringify({ shift, training: training.map((e) => e.url) }));
  return { shift: { files: sw.count, bytes: sw.size }, training: { files: training.length, bytes: training.reduce((n, e) => n + e.size, 0) } };
}
