/**
 * Finishing touches on the built HTML (body tables are finished earlier, by the Markdown plugin in
 * src/lib/table-reflow.ts). The header search names all its scripts on its island; home carries its styles; Astro's one-line
 * island style moves into <head>; each page's Content-Security-Policy lists only its own inline
 * hashes (src/lib/csp.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tightenCsp } from '../../lib/csp.ts';
import { staticImportsOf } from '../../lib/preload.ts';

const LINKED_CSS = /<link rel="stylesheet" href="(\/_astro\/[\w.-]+\.css)">/g;
const SEARCH_ISLAND = /<astro-island\b[^>]*component-url="\/_astro\/(SearchBox\.[\w-]+\.js)"[^>]*renderer-url="\/_astro\/([\w.-]+\.js)"/;

export function finishHtml(out: string): void {
  /**
   * The header search island's scripts, all of them, on the island (data-preload): touching the
   * box asks for them at once (src/layouts/inline-scripts.ts) rather than one level of imports per round trip.
   */
  const searchScripts = new Map<string, string>();
  const preloadSearch = (html: string) =>
    html.replace(SEARCH_ISLAND, (tag, island: string, renderer: string) => {
      const key = `${island} ${renderer}`;
      if (!searchScripts.has(key))
        searchScripts.set(
          key,
          staticImportsOf([island, renderer], (f) => readFileSync(join(out, '_astro', f), 'utf8'))
            .map((f) => `/_astro/${f}`)
            .join(' '),
        );
      return `${tag} data-preload="${searchScripts.get(key)}"`;
    });

  /**
   * Home is where most visits start, from a WeChat menu or a home-screen icon: its styles are in the
   * page so the first screen waits for nothing else. The style files of what search opens (plans
   * and handbook pages) are then fetched while the phone is idle, so the next page waits for none.
   */
  const inlineStyles = (html: string) => {
    const reading = ['emergency/fire/index.html', 'handbook/service/request-flow/index.html']
      .filter((p) => existsSync(join(out, p)))
      .flatMap((p) => [...readFileSync(join(out, p), 'utf8').matchAll(LINKED_CSS)].map((m) => m[1]!));
    const prefetch = [...new Set(reading)].map((href) => `<link rel="prefetch" href="${href}" as="style">`).join('');
    return html.replace(LINKED_CSS, (_, href: string) => `<style>${readFileSync(join(out, href), 'utf8')}</style>`).replace('</head>', `${prefetch}</head>`);
  };

  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) {
        let html = preloadSearch(readFileSync(path, 'utf8'));
        if (path === join(out, 'index.html')) html = inlineStyles(html);
        // Astro writes its island style just before the first island, here in the page header;
        // <style> belongs in <head>. Same bytes, so its hash still matches.
        const m = /<style>astro-island,[^<]*<\/style>/.exec(html);
        if (m && html.indexOf(m[0]) > html.indexOf('</head>')) html = (html.slice(0, m.index) + html.slice(m.index + m[0].length)).replace('</head>', `${m[0]}</head>`);
        // last: the policy lists exactly the inline scripts and styles this page now holds
        writeFileSync(path, tightenCsp(html));
      }
    }
  };
  walk(out);
}
