import GithubSlugger from 'github-slugger';

/**
 * Heading anchors the way Astro's markdown pipeline makes them (github-slugger over the heading's
 * text), so a question's `source` can be checked against the page before the site is built.
 */
export function headingAnchors(body: string): string[] {
  const slugger = new GithubSlugger();
  const out: string[] = [];
  let fenced = false;
  for (const line of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const m = /^(#{2,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const text = m[2]
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[*_`~]/g, '')
      .replace(/<[^>]+>/g, '')
      .trim();
    out.push(slugger.slug(text));
  }
  return out;
}
