/**
 * Puts a new build into the folder a web server serves, so that no phone is left with half a site:
 * files a phone on the previous version may still ask for (Astro's hashed /_astro/ files) stay;
 * every other old file goes; the worker (sw.js) and version.json come last, so a phone that sees
 * the new version finds every file it names already in place.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const LAST = ['version.json', 'sw.js'];

export function filesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [relative(dir, join(d, e.name))]));
  return walk(dir).sort();
}

export function deployFolder(from: string, to: string): { copied: number; removed: string[]; kept: number } {
  const next = filesIn(from);
  const now = new Set(next);
  const order = [...next.filter((f) => !LAST.includes(f) && !f.endsWith('.html')), ...next.filter((f) => f.endsWith('.html')), ...LAST.filter((f) => now.has(f))];
  for (const f of order) {
    mkdirSync(dirname(join(to, f)), { recursive: true });
    copyFileSync(join(from, f), join(to, f));
  }
  const removed: string[] = [];
  let kept = 0;
  for (const f of filesIn(to)) {
    if (now.has(f)) continue;
    if (f.startsWith('_astro/')) kept++;
    else {
      rmSync(join(to, f));
      removed.push(f);
    }
  }
  // folders left empty by removed pages
  const prune = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) if (e.isDirectory()) prune(join(d, e.name));
    if (d !== to && readdirSync(d).length === 0 && statSync(d).isDirectory()) rmSync(d, { recursive: true });
  };
  prune(to);
  return { copied: order.length, removed, kept };
}
