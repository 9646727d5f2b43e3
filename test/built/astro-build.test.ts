/**
 * Issue 26: the product is Astro's build. A plain `astro build` (no npm script around it) makes the
 * same site as `npm run build`: the same files, the same search index, worker and page policies.
 */
import { expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { cacheDirFor } from '../../scripts/dist-state.mjs';

const files = (dir: string): string[] => {
  const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [relative(dir, join(d, e.name))]));
  return walk(dir).sort();
};
const csp = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];

test('a plain astro build makes the same site as npm run build', () => {
  // as typed in a shell: Vitest sets NODE_ENV=test, which makes Vite bundle differently
  const { NODE_ENV: _, ...asTyped } = process.env;
  const dist = process.env.DIST_DIR ?? 'dist';
  const out = mkdtempSync(join(tmpdir(), 'wuye-astro-build-'));
  try {
    execFileSync(join('node_modules', '.bin', 'astro'), ['build'], { env: { ...asTyped, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: out }, stdio: 'ignore' });
    expect(files(out)).toEqual(files(dist));
    for (const page of ['emergency/fire/index.html', 'index.html', 'handbook/service/request-flow/index.html']) {
      const policy = csp(readFileSync(join(out, page), 'utf8'));
      expect(policy, page).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
      expect(policy, page).toBe(csp(readFileSync(join(dist, page), 'utf8')));
    }
    // the worker stores the same files with the same revisions
    expect(readFileSync(join(out, 'sw.js'), 'utf8')).toBe(readFileSync(join(dist, 'sw.js'), 'utf8'));
    expect(readFileSync(join(out, '.offline-tiers.json'), 'utf8')).toBe(readFileSync(join(dist, '.offline-tiers.json'), 'utf8'));
  } finally {
    rmSync(out, { recursive: true, force: true });
    rmSync(cacheDirFor(out), { recursive: true, force: true });
  }
  // a whole build: minutes on a busy machine
}, 600_000);
