// What a phone downloads to work offline: the first visit's precache (the shift tier) and the
// training tier stored later, in brotli bytes as a host that compresses would send them.
// The lists come from the build (dist/.offline-tiers.json, written by scripts/build.mjs).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

/** @param {Buffer} b */
const brotli = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** @param {string} dir @returns {{ shift: { files: number, bytes: number }, training: { files: number, bytes: number } }} */
export function offlineSizes(dir = 'dist') {
  const tiers = JSON.parse(readFileSync(join(dir, '.offline-tiers.json'), 'utf8'));
  /** Files whose bytes are already compressed (Pagefind's gzip chunks, PNG) are counted as they are. @param {string[]} list */
  const size = (list) => ({ files: list.length, bytes: list.reduce((n, u) => n + Math.min(brotli(readFileSync(join(dir, u))), readFileSync(join(dir, u)).length), 0) });
  return { shift: size(tiers.shift), training: size(tiers.training) };
}
