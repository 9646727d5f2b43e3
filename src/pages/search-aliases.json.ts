import { searchDirectoryData } from '../data/search-directory.ts';

/**
 * What the search box needs before (and often instead of) Pagefind: content/aliases.yaml and a
 * directory of every page's title, summary, colloquial names and typical questions.
 */
export async function GET() {
  return new Response(JSON.stringify(await searchDirectoryData()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
