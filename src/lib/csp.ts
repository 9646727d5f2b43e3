/**
 * Astro writes one Content-Security-Policy into every page, listing the hashes of every inline
 * script and style of the whole site. A page needs only its own: trimming the list to what the
 * page holds keeps the policy exact and saves about a kilobyte of incompressible hashes on
 * every page (reading pages have a 20 KiB budget). Applied to the built HTML (scripts/build.mjs).
 */
import { createHash } from 'node:crypto';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const META = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/i;

function inlineBodies(html: string, tag: 'script' | 'style'): string[] {
  const re = new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'gi');
  return [...html.matchAll(re)].filter((m) => !/\ssrc=/i.test(m[1] ?? '')).map((m) => m[2]);
}

export function tightenCsp(html: string): string {
  const meta = META.exec(html);
  if (!meta) return html;
  const scripts = [...new Set(inlineBodies(html, 'script').map(hash))];
  const styles = [...new Set(inlineBodies(html, 'style').map(hash))];
  const policy = meta[1]
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => {
      const [name, ...values] = d.split(/\s+/);
      if (name !== 'script-src' && name !== 'style-src') return d;
      const kept = values.filter((v) => !v.startsWith("'sha256-"));
      return [name, ...kept, ...(name === 'script-src' ? scripts : styles)].join(' ');
    })
    .join('; ');
  return html.replace(meta[0], meta[0].replace(meta[1], policy));
}
