/**
 * Runs the paste check over content/ on disk (Node only). The seed documents live outside the
 * repository (../shared/seeds); where they are absent, as on a deployment machine, there is
 * nothing to compare against and the scan says so instead of passing silently.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pastedRuns, seedGrams } from './paste-check.ts';
import type { ContentIssue } from './issue.ts';

export const defaultSeedsDir = (root: string) => process.env.SEEDS_DIR ?? join(root, '..', 'shared', 'seeds');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

/** null when there are no seeds to compare with; otherwise one issue per pasted stretch. */
export function scanPasted(root: string, seedsDir = defaultSeedsDir(root)): ContentIssue[] | null {
  if (!existsSync(seedsDir)) return null;
  const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt'));
  if (!seeds.length) return null;
  const grams = seedGrams(seeds.map((f) => readFileSync(join(seedsDir, f), 'utf8')));
  return files(join(root, 'content')).flatMap((p) =>
    pastedRuns(readFileSync(p, 'utf8'), grams).map((run) => ({
      file: relative(root, p).split(sep).join('/'),
      field: '',
      message: `与公司资料逐字相同（忽略标点和空格后连续 24 字以上）：「${run}…」，请用自己的话重写`,
    })),
  );
}
