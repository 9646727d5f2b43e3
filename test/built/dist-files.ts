import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * JavaScript a built page loads when its islands hydrate: every island's component and renderer
 * module, plus every module those import statically. Dynamic imports (search's Pagefind) only
 * load on use and are not counted.
 */
export function pageScripts(pagePath: string): string[] {
  const html = readFileSync(join('dist', pagePath, 'index.html'), 'utf8');
  const roots = [...html.matchAll(/(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g), ...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
  const seen = new Set<string>();
  const visit = (url: string) => {
    if (!url || seen.has(url) || !url.startsWith('/')) return;
    seen.add(url);
    const code = readFileSync(join('dist', url), 'utf8');
    const dir = url.slice(0, url.lastIndexOf('/') + 1);
    for (const m of code.matchAll(/(?:^|[;}\s/])import\s*(?:[^"'()]*?from\s*)?["']([^"']+)["']/g)) {
      const spec = m[1];
      visit(spec.startsWith('.') ? new URL(spec, `http://x${dir}`).pathname : spec);
    }
  };
  roots.forEach(visit);
  return [...seen];
}

export function gzipBytes(urls: string[]): number {
  return urls.reduce((n, u) => n + gzipSync(readFileSync(join('dist', u)), { level: 9 }).length, 0);
}

/** Every .html file under the built site. */
export function htmlFiles(dir = 'dist'): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? htmlFiles(p) : p.endsWith('.html') ? [p] : [];
  });
}
