/**
 * The quick first stage of the header search: a small directory of every page's title, summary,
 * colloquial names and typical questions, searched in the browser without Pagefind. Staff mostly
 * type what a page is called or how it is asked, so this answers most header searches with a few
 * kilobytes; full text (Pagefind) loads only when the directory has no page holding every term.
 */
import type { AliasMap } from './aliases.ts';
import type { QueryPlan } from './plan.ts';
import type { Ranked } from './rank.ts';
import type { DirectoryEntry } from './entry.ts';
import { hrefOf } from '../routes.ts';

/** /search-aliases.json as the build writes it (src/data/search-directory.ts) and the browser reads it. */
export interface SearchDirectoryData {
  aliases: AliasMap;
  pages: DirectoryEntry[];
  /** traditional/variant → simplified characters */
  variants: Record<string, string>;
  /** everyday descriptions → the handbook's words */
  descriptions: Record<string, string>;
  /** fillers of spoken Chinese */
  fillers: string[];
  /** where and how much: terms a page need not hold */
  weak: string[];
}

export type { DirectoryEntry } from './entry.ts';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Escaped text with every search term marked. */
function marked(text: string, terms: string[]): string {
  const t = terms.filter(Boolean).map(escapeRe);
  const html = escapeHtml(text);
  return t.length ? html.replace(new RegExp(`(${t.map((x) => escapeHtml(x)).join('|')})`, 'gi'), '<mark>$1</mark>') : html;
}

/**
 * What a directory hit shows under its title: the summary with the words searched for marked,
 * and, when the summary holds none of them, the colloquial name or question that matched.
 */
export function directoryExcerpt(e: DirectoryEntry, terms: string[]): string {
  const summary = marked(e.summary, terms);
  if (summary.includes('<mark>')) return summary;
  const hit = e.words.split('|').find((w) => terms.some((t) => w.toLowerCase().includes(t)));
  return hit ? `${summary}　也叫：${marked(hit, terms)}` : summary;
}

/**
 * Pages holding every term (in title, names, questions or summary), best first; an alias that
 * names a page lifts it. Empty when no page holds every term: then full text decides.
 */
export function searchDirectory(plan: QueryPlan, entries: DirectoryEntry[], limit = 6): Ranked[] {
  if (!plan.terms.length) return [];
  const aliasPages = plan.aliases.map((a) => a.page).filter((p): p is string => !!p);
  // the words that say what happened must all be held; where and how much only add a little
  const strong = new Set(plan.required);
  const scored = entries
    .map((e) => {
      const title = e.title.toLowerCase();
      const words = e.words.toLowerCase();
      const summary = e.summary.toLowerCase();
      let score = 0;
      let all = true;
      let any = false;
      for (const t of plan.terms) {
        const inTitle = title.includes(t);
        const inWords = words.includes(t);
        const inSummary = summary.includes(t);
        const held = inTitle || inWords || inSummary;
        if (strong.has(t)) {
          if (!held) all = false;
          else any = true;
        }
        score += ((inTitle ? 10 : 0) + (inWords ? 4 : 0) + (inSummary ? 1 : 0)) * (strong.has(t) ? 1 : 0.3);
      }
      const alias = aliasPages.indexOf(e.id);
      if (all) score += 10;
      // a lift, not a trump card: a page that holds every word in its own name can outrank it
      if (alias >= 0) score += 8 - alias;
      if (plan.urgent && e.section === '应急') score += 5;
      // an incident described in everyday words (手碰到电箱被弹开了 → 触电) names the plan, if not
      // every word the person used
      const incident = plan.incident && e.section === '应急' && any;
      return { e, score, all, keep: all || alias >= 0 || ((plan.loose || incident) && any) };
    })
    .filter((x) => x.keep)
    .sort((a, b) => b.score - a.score || a.e.title.localeCompare(b.e.title, 'zh-CN'));
  // An alias alone is not enough: if no page holds every word, full text should decide. A spoken
  // sentence, or an incident, is the exception: no page holds all it said, and a plan holding
  // its incident words is the answer; full text would be slower, not better.
  if (!plan.loose && !plan.incident && !scored.some((x) => x.all)) return [];
  return scored.slice(0, limit).map(({ e }, i) => ({ id: e.id, rank: i + 1, url: hrefOf(e.id), title: e.title, excerpt: directoryExcerpt(e, plan.terms), section: e.section }));
}

/** The directory's answers first, then full-text pages it did not name, renumbered. */
export function mergeRanked(first: Ranked[], more: Ranked[], limit: number): Ranked[] {
  const seen = new Set(first.map((r) => r.url));
  const rest = more.filter((r) => !seen.has(r.url));
  return [...first, ...rest].slice(0, limit).map((r, i) => ({ ...r, rank: i + 1 }));
}

const HAN = /\p{Script=Han}/u;

/**
 * When nothing was found: the pages sharing most characters with the query, names weighing
 * most and emergency plans first among equals, so 「没有找到」 still offers somewhere to go.
 * Empty when the query shares no character with any page name.
 */
export function nearestPages(query: string, entries: DirectoryEntry[], limit = 3): Ranked[] {
  const chars = new Set([...query.normalize('NFKC')].filter((c) => HAN.test(c)));
  if (!chars.size) return [];
  return entries
    .map((e) => {
      let score = 0;
      for (const c of chars) score += (e.title.includes(c) ? 2 : 0) + (e.words.includes(c) ? 1 : 0);
      return { e, score: score + (score > 0 && e.section === '应急' ? 0.5 : 0) };
    })
    .filter((x) => x.score >= 2)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ e }, i) => ({ id: e.id, rank: i + 1, url: hrefOf(e.id), title: e.title, excerpt: directoryExcerpt(e, []), section: e.section }));
}
