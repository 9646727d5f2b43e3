/**
 * The site's search data straight from content/, as src/data/search-directory.ts and the
 * search-pinyin.json route build it, for unit tests of the whole pure pipeline.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { planQuery, type AliasMap } from '../../../src/lib/search/index.ts';
import { searchDirectory, type DirectoryEntry } from '../../../src/lib/search/directory.ts';
import { buildPinyinTable } from '../../../src/lib/search/pinyin-table.ts';
import { buildVocabulary } from '../../../src/lib/search/vocabulary.ts';
import { DESCRIPTIONS } from '../../../src/lib/search/data/descriptions.ts';
import { VARIANTS } from '../../../src/lib/search/data/variants.ts';
import { FILLERS, WEAK_WORDS } from '../../../src/lib/search/data/spoken.ts';
import { aliasesFileSchema } from '../../../src/schemas/site.ts';

interface Front {
  title: string;
  summary: string;
  aliases?: string[];
  questions?: string[];
}
const front = (path: string): Front => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path, 'utf8'))![1]) as Front;
const mdx = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? mdx(join(dir, e.name)) : e.name.endsWith('.mdx') ? [join(dir, e.name)] : []));

function siteDirectory(): { aliases: AliasMap; pages: DirectoryEntry[] } {
  const aliases: AliasMap = aliasesFileSchema.parse(parse(readFileSync('content/aliases.yaml', 'utf8')));
  const sections = (parse(readFileSync('content/site.yaml', 'utf8')) as { sections: Record<string, { filter: string }> }).sections;
  const entry = (id: string, section: string, f: Front): DirectoryEntry => ({
    id,
    title: f.title,
    summary: f.summary,
    section,
    words: [...(f.aliases ?? []), ...(f.questions ?? [])].join('|'),
  });
  const id = (dir: string, p: string) => relative(dir, p).replace(/\.mdx$/, '');
  const pages = [
    ...mdx('content/emergencies').map((p) => entry(`emergency/${id('content/emergencies', p)}`, '应急', front(p))),
    ...mdx('content/handbook').map((p) => entry(`handbook/${id('content/handbook', p)}`, sections[id('content/handbook', p).split('/')[0]].filter, front(p))),
    ...mdx('content/roles').map((p) => entry(`roles/${id('content/roles', p)}`, '岗位', front(p))),
    ...mdx('content/day').map((p) => entry(`day/${id('content/day', p)}`, '岗位', front(p))),
  ];
  return { aliases, pages };
}

export const { aliases, pages } = siteDirectory();
export const vocab = buildVocabulary(aliases, pages, DESCRIPTIONS);
export const pinyin = buildPinyinTable(
  vocab.words,
  pages.map((p) => p.summary),
);
export const ids = new Set(pages.map((p) => p.id));

/** The header box's quick stage: the plan, and the page directory's first three. */
export const plan = (q: string) => planQuery(q, aliases, { vocab, pinyin, variants: VARIANTS, descriptions: DESCRIPTIONS, fillers: FILLERS, weak: WEAK_WORDS });
export const top3 = (q: string) =>
  searchDirectory(plan(q), pages, 6)
    .slice(0, 3)
    .map((r) => r.id);
