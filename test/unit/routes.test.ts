/**
 * src/lib/routes.ts against the pages that exist: every address it can make is served by a file in
 * src/pages (by Astro's file routing, with real content ids), every page file is reachable through
 * it, and the anchors it promises are ids the templates give. A page moved or renamed without
 * routes.ts following fails here, without a build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedAnchors, hrefOf, pageIdOf, routes } from '../../src/lib/routes.ts';

const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
const idsIn = (dir: string, ext: string) =>
  walk(join('content', dir))
    .filter((f) => f.endsWith(ext) && !f.split('/').pop()!.startsWith('_'))
    .map((f) => relative(join('content', dir), f).slice(0, -ext.length))
    .sort();
const first = (dir: string, ext: string) => idsIn(dir, ext)[0]!;

/** What URL a page file answers, as a pattern: [param] is one path segment, index is its folder. */
function patternOf(file: string): RegExp {
  const path = relative('src/pages', file)
    .replace(/\.(astro|ts)$/, '')
    .replace(/(^|\/)index$/, '$1');
  const url = '/' + path.replace(/\[[^\]]+\]/g, '\0');
  const trailing = /\.[a-z]+$/.test(path) || url === '/' ? '' : '/';
  const src = (url + trailing)
    .replace(/\/\/$/, '/')
    .split('\0')
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]+');
  return new RegExp(`^${src}$`);
}
const pages = walk('src/pages').map((f) => ({ file: relative('src/pages', f), pattern: patternOf(f) }));
const servedBy = (url: string) => pages.filter((p) => p.pattern.test(new URL(url, 'https://x.test').pathname)).map((p) => p.file);

const handbook = first('handbook', '.mdx');
const plan = first('emergencies', '.mdx');
const role = first('roles', '.mdx');
const day = first('day', '.mdx');
const bank = first('quizzes', '.yaml');
const drill = first('drills', '.yaml');
const checklist = first('checklists', '.yaml');

/** One real argument list for each route function; a new route function must be given one here. */
const SAMPLE: Record<string, unknown[]> = {
  'handbook.section': [handbook.split('/')[0]],
  'handbook.page': [handbook],
  'emergency.plan': [plan],
  'emergency.run': [plan, 'r-1'],
  'emergency.print': [plan],
  'roles.role': [role],
  day: [day],
  'train.quiz': [bank],
  'train.drill': [drill],
  'train.checklist': [checklist],
  'train.checklistPrint': [checklist],
  'search.results': ['电梯', true],
  'data.examBank': [bank],
};
/** written by the offline integration after the pages (src/integrations/finish/offline.ts), or never on the server */
const NOT_PAGES = new Set(['data.version', 'data.worker', 'data.storedVersion']);

function leaves(o: object, prefix = ''): [string, string][] {
  return Object.entries(o).flatMap(([k, v]): [string, string][] => {
    const name = prefix + k;
    if (typeof v === 'string') return [[name, v]];
    if (typeof v === 'function') {
      const args = SAMPLE[name];
      if (!args) throw new Error(`routes.${name}: no sample arguments in test/unit/routes.test.ts`);
      return [[name, (v as (...a: unknown[]) => string)(...args)]];
    }
    return leaves(v as object, `${name}.`);
  });
}
const all = leaves(routes).filter(([name]) => !NOT_PAGES.has(name));

describe('routes.ts and src/pages agree', () => {
  it.each(all)('routes.%s (%s) is served by exactly one page file', (_name, url) => {
    expect(servedBy(url)).toHaveLength(1);
  });

  it('every page file is reachable through routes.ts', () => {
    const reached = new Set(all.flatMap(([, url]) => servedBy(url)));
    // the host serves 404.html itself for any address
    expect(pages.map((p) => p.file).filter((f) => !reached.has(f) && f !== '404.astro')).toEqual([]);
  });

  it('a page id with an anchor links to that page of the collection', () => {
    expect(hrefOf(`${pageIdOf.emergency(plan)}#steps`)).toBe(routes.emergency.plan(plan, 'steps'));
    expect(hrefOf(pageIdOf.handbook(handbook))).toBe(routes.handbook.page(handbook));
    expect(servedBy(hrefOf(pageIdOf.day(day)))).toEqual(['day/[timeline].astro']);
  });

  it('the patterns read Astro file routing as Astro does', () => {
    expect(servedBy('/handbook/cleaning/')).toEqual(['handbook/[section]/index.astro']);
    expect(servedBy('/handbook/cleaning/garbage-retention/')).toEqual(['handbook/[section]/[page].astro']);
    expect(servedBy('/emergency/fire/run/?run=1')).toEqual(['emergency/[plan]/run.astro']);
    expect(servedBy('/emergency/fire/walk/')).toEqual([]);
    expect(servedBy('/exam-data/x.json')).toEqual(['exam-data/[bank].json.ts']);
  });
});

describe('the anchors routes.ts promises are ids the templates give', () => {
  const templates = walk('src')
    .filter((f) => /\.(astro|tsx)$/.test(f))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  // id="steps" in markup, or { id: 'weekly', … } for parts a template draws in a loop
  const given = new Set([...templates.matchAll(/\bid(?:="|: ')([a-z][a-z0-9-]*)["']/g)].map((m) => m[1]));
  it.each(Object.entries(fixedAnchors).flatMap(([kind, list]) => list.map((a) => [kind, a])))('%s: #%s', (_kind, anchor) => {
    expect(given.has(anchor)).toBe(true);
  });
  it.each([routes.train.drills, routes.me.backup])('%s', (url) => {
    expect(given.has(url.split('#')[1]!)).toBe(true);
  });
});
