import type { Checker } from './context.ts';

/** Search aliases: a word that leads to a page leads to one that exists. */
export const checkAliases: Checker = ({ raw, aliases, checkAnchor }) => {
  for (const [term, a] of Object.entries(aliases)) {
    if (a.page) checkAnchor(raw.aliases.file, `${term}.page`, a.page);
  }
};
