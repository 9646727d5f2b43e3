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

/**
 * Addresses are built in src/lib/routes.ts and nowhere else (issue 26): a page moved is then one
 * change there. Comments may name addresses; code, markup and the inline scripts' text may not.
 */
describe('one home for addresses', () => {
  const ROUTES = join(SRC, 'lib/routes.ts');
  const all = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? all(join(dir, e.name)) : /\.(ts|tsx|astro|mjs)$/.test(e.name) ? [join(dir, e.name)] : []));
  /** comments as this code base writes them: whole lines, JSX/HTML comments, and ` // …` after code */
  const uncommented = (text: string) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
      .replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '))
      .replace(/(^|\s)\/\/\s.*$/gm, '$1');
  // a quote, backtick or > (markup text), then a page's folder, or a data file the site serves
  const ADDRESS = /["'`>=](\/(?:handbook|emergency|roles|day|train|assess|me|search|project|diag|offline|exam-data)(?:\/|["'`?#])|\/(?:search-aliases|search-pinyin|version)\.json|\/__wuye\/)/;
  // a page id put together by hand: `emergency/${id}` (pageIdOf makes these)
  const PAGE_ID = /["'`:](?:handbook|emergency|roles|day)\/\$\{/;
  const offenders = (files: string[]) =>
    files.flatMap((f) =>
      uncommented(readFileSync(f, 'utf8'))
        .split('\n')
        .flatMap((line, i) => (ADDRESS.test(line) || PAGE_ID.test(line) ? [`${rel(f)}:${i + 1}: ${line.trim().slice(0, 120)}`] : [])),
    );

  it('no file in src/ but routes.ts writes a page address or page id', () => {
    expect(offenders(all(SRC).filter((f) => f !== ROUTES))).toEqual([]);
  });

  it('the check sees addresses in code, markup and inline-script text, and not in comments', () => {
    const probe = (text: string) => ADDRESS.test(uncommented(text)) || PAGE_ID.test(uncommented(text));
    expect(probe(`<a href="/emergency/">应急</a>`)).toBe(true);
    expect(probe('const u = `/train/quiz/${id}/`;')).toBe(true);
    expect(probe(`p.href='/roles/'+id+'/#path';`)).toBe(true);
    expect(probe("fetch('/search-aliases.json')")).toBe(true);
    expect(probe('m.set(`handbook/${e.id}`, t);')).toBe(true);
    expect(probe('// opens /emergency/fire/ when offline')).toBe(false);
    expect(probe('/** like `/train/quiz/x/` */')).toBe(false);
    expect(probe('x(); // the /emergency/ list')).toBe(false);
    expect(probe("const site = 'https://example.cn/';")).toBe(false);
  });
});
