/**
 * Splits a build's files into the two offline tiers. Pages and data follow tierOf(); Astro's
 * scripts and styles (/_astro/, named by content hash) go with the pages that use them: a file any
 * shift page reaches, directly or through another script's imports (static, dynamic or in Vite's
 * preload lists), is stored at the first visit; one only training pages reach waits with them.
 * Reaching is judged by the file's name appearing in the text, which can only over-include.
 */
import { tierOf, type Tier } from './tiers.ts';

const ASSET = /(?:^|[^\w.-])(?:\/_astro\/|\.\/)?([\w.-]+\.(?:js|css))(?=["'`)\s,])/g;

export function splitTiers(paths: string[], read: (path: string) => string): Record<Tier, string[]> {
  const assets = new Set(paths.filter((p) => p.startsWith('_astro/')));
  const reached = new Set<string>();
  const visit = (text: string) => {
    for (const m of text.matchAll(ASSET)) {
      const asset = `_astro/${m[1]}`;
      if (!assets.has(asset) || reached.has(asset)) continue;
      reached.add(asset);
      if (asset.endsWith('.js')) visit(read(asset));
    }
  };
  const out: Record<Tier, string[]> = { shift: [], training: [] };
  for (const p of paths) if (!assets.has(p) && tierOf(p) === 'shift' && /\.(html|js)$/.test(p)) visit(read(p));
  for (const p of paths) out[assets.has(p) ? (reached.has(p) ? 'shift' : 'training') : tierOf(p)].push(p);
  return out;
}
