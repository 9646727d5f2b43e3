import { getCollection } from 'astro:content';
import type { AliasMap } from '../lib/search/index.ts';

/** content/aliases.yaml as JSON, fetched by the search island on first use. */
export async function GET() {
  const map: AliasMap = {};
  for (const e of await getCollection('aliases')) map[e.id] = e.data;
  return new Response(JSON.stringify(map), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
