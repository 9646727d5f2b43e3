import { searchDirectoryData } from '../data/search-directory.ts';
import { buildPinyinTable } from '../lib/search/pinyin-table.ts';
import { buildVocabulary } from '../lib/search/vocabulary.ts';

/**
 * Readings for correcting wrong characters (src/lib/search/correct.ts): fetched only when a query
 * holds a stretch the site's words do not cover, so ordinary searches never pay for it.
 */
export async function GET() {
  const { aliases, pages, descriptions } = await searchDirectoryData();
  const table = buildPinyinTable(
    buildVocabulary(aliases, pages, descriptions).words,
    pages.map((p) => p.summary),
  );
  return new Response(JSON.stringify(table), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
