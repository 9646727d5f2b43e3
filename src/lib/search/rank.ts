/**
 * Runs a QueryPlan against a search engine (Pagefind in the browser, a fake in tests) and merges
 * the rankings: pages named by an alias first, then pages holding the whole query, then pages
 * holding the most separate terms; urgent questions lift emergency plans.
 */
import type { QueryPlan } from './plan.ts';

export interface EngineHit {
  id: string;
  score: number;
}
export interface HitData {
  url: string;
  title: string;
  excerpt: string;
  section?: string;
}
export interface Engine {
  search(query: string, filters?: Record<string, string | string[]>): Promise<EngineHit[]>;
  /** Pagefind result ids for the pages whose `page` filter is one of these page ids */
  pages(pageIds: string[]): Promise<EngineHit[]>;
  data(id: string): Promise<HitData>;
}
export interface Ranked extends HitData {
  id: string;
  rank: number;
}

interface Candidate {
  id: string;
  alias: number; // position of the alias that named it, or Infinity
  full: boolean;
  termHits: number;
  score: number;
}

const EMERGENCY = '应急';

export function preliminaryOrder(cands: Candidate[]): Candidate[] {
  return [...cands].sort((a, b) => a.alias - b.alias || Number(b.full) - Number(a.full) || b.termHits - a.termHits || b.score - a.score);
}

export async function runSearch(plan: QueryPlan, engine: Engine, opts: { section?: string; limit?: number } = {}): Promise<Ranked[]> {
  const limit = opts.limit ?? 10;
  if (!plan.terms.length && !plan.aliases.length) return [];
  const filters = opts.section ? { section: opts.section } : undefined;
  const cands = new Map<string, Candidate>();
  const get = (id: string) => {
    let c = cands.get(id);
    if (!c) cands.set(id, (c = { id, alias: Infinity, full: false, termHits: 0, score: 0 }));
    return c;
  };

  // a spoken sentence's other words are not worth an index download each
  const terms = plan.loose ? plan.required : plan.terms;
  const aliasPages = [...new Set(plan.aliases.map((a) => a.page).filter((p): p is string => !!p))];
  if (aliasPages.length) {
    const hits = await engine.pages(aliasPages);
    hits.forEach((h, i) => (get(h.id).alias = Math.min(get(h.id).alias, i)));
  }
  if (plan.full) {
    for (const h of await engine.search(plan.full, filters)) {
      const c = get(h.id);
      c.full = true;
      c.termHits = terms.length;
      c.score = Math.max(c.score, h.score);
    }
  }
  // The whole query must hold every word on one page; when that finds too little, score pages
  // by how many of the separate terms they hold.
  const fullHits = [...cands.values()].filter((c) => c.full).length;
  if (terms.length > 1 && fullHits < 3) {
    const perTerm = await Promise.all(terms.map((t) => engine.search(t, filters)));
    perTerm.forEach((hits, i) => {
      // A lone character (堵, 拖) is a weaker clue than a word.
      const weight = [...terms[i]].length > 1 ? 1 : 0.5;
      for (const h of hits) {
        const c = get(h.id);
        if (!c.full) {
          c.termHits += weight;
          c.score += h.score;
        }
      }
    });
  }
  const ordered = preliminaryOrder([...cands.values()]);
  // Each loaded result costs a fragment download; load only a couple beyond what is shown.
  const window = ordered.slice(0, limit + 2);
  const loaded = await Promise.all(window.map(async (c) => ({ c, d: await engine.data(c.id) })));
  let rows = loaded.filter(({ d }) => !opts.section || d.section === opts.section);
  if (plan.urgent) {
    // Stable: among equally strong matches, an emergency plan comes before a procedure page.
    rows = rows
      .map((r, i) => ({ r, key: i - (r.d.section === EMERGENCY && r.c.termHits > 0 ? 3 : 0) - (r.c.alias < Infinity ? 100 : 0) }))
      .sort((a, b) => a.key - b.key)
      .map((x) => x.r);
  }
  return rows.slice(0, limit).map(({ c, d }, i) => ({ id: c.id, rank: i + 1, ...d }));
}
