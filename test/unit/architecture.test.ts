/**
 * The house as drawn in DESIGN.md: pure logic in src/lib imports nothing from the schemas, stores,
 * islands or pages above it, and no module imports itself round a circle (type imports included:
 * a circle of types is a tangle to read as much as one of code).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve('src');
const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|tsx)$/.test(e.name) ? [join(dir, e.name)] : []));
const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"](\.[^'"]+)['"]/g;

const graph = new Map<string, string[]>();
for (const f of files(SRC))
  graph.set(
    f,
    [...readFileSync(f, 'utf8').matchAll(IMPORT)].map((m) => resolve(dirname(f), m[1]!)).filter((t) => t.startsWith(SRC)),
  );
const rel = (f: string) => relative(SRC, f);

describe('the house', () => {
  it('src/lib imports nothing from src/schemas, src/stores, src/islands or src/pages', () => {
    const up = [...graph].flatMap(([f, to]) => (rel(f).startsWith('lib/') ? to.filter((t) => /^(schemas|stores|islands|pages)\//.test(rel(t))).map((t) => `${rel(f)} → ${rel(t)}`) : []));
    expect(up).toEqual([]);
  });

  it('no module imports itself round a circle', () => {
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (f: string, path: string[]) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        circles.push([...path.slice(path.indexOf(f)), f].map(rel).join(' → '));
        return;
      }
      state.set(f, 'open');
      for (const t of graph.get(f) ?? []) visit(t, [...path, f]);
      state.set(f, 'done');
    };
    for (const f of graph.keys()) visit(f, []);
    expect(circles).toEqual([]);
  });
});
