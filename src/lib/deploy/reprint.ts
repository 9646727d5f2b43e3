/**
 * Which wall cards (上墙版, the A4 pages printed and hung in guard rooms and lift lobbies) say
 * something different in a new build than in the one deployed, so they are reprinted. Compared by
 * what is printed: the names of style files and the page's policy change with any code change and
 * do not count.
 */
export interface WallCardChange {
  /** e.g. emergency/fire/print/index.html */
  path: string;
  title: string;
  kind: 'changed' | 'new';
}

/** A wall card's printed words: no head, scripts, styles or comments; spacing normalised. */
export function printedText(html: string): string {
  return html
    .replace(/<head[\s\S]*?<\/head>/i, '')
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s(class|data-astro-cid-[\w-]*|data-[\w-]+)="[^"]*"/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const titleOf = (html: string) =>
  /<h1[^>]*>([\s\S]*?)<\/h1>/i
    .exec(html)?.[1]
    ?.replace(/<[^>]+>/g, '')
    .trim() ||
  /<title>([^<]*)<\/title>/i.exec(html)?.[1]?.trim() ||
  '';

export const isWallCard = (path: string) => /(^|\/)print\/index\.html$/.test(path);

export function changedWallCards(deployed: (path: string) => string | undefined, built: Record<string, string>): WallCardChange[] {
  return Object.entries(built)
    .filter(([path]) => isWallCard(path))
    .flatMap(([path, html]): WallCardChange[] => {
      const before = deployed(path);
      if (before === undefined) return [{ path, title: titleOf(html), kind: 'new' }];
      return printedText(before) === printedText(html) ? [] : [{ path, title: titleOf(html), kind: 'changed' }];
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}
