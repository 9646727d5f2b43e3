import { packCode, unpackCode } from '../lib/storage/code-pack.ts';
import { parseConsole, type ConsoleData } from '../lib/storage/console-schema.ts';
import type { Parser } from '../lib/storage/kv.ts';
import { stored } from './persist.ts';

/** Stored codes come back as the codes they are; codes stored plain before packing read as they are. */
const unpacked = (d: ConsoleData): ConsoleData => ({ ...d, codes: d.codes.map(unpackCode) });
const parseStored: Parser<ConsoleData> = Object.assign(
  (v: unknown) => {
    const r = parseConsole(v);
    return r.ok ? { ok: true as const, value: unpacked(r.value) } : r;
  },
  {
    salvage: (v: unknown) => {
      const s = parseConsole.salvage?.(v);
      return s && { ...s, value: unpacked(s.value) };
    },
  },
);

/**
 * The console's accepted results. Kept packed (lib/storage/code-pack.ts): 5,000 results fit the
 * browser's storage that way. Apart from stores/console.ts, so the exam builder, which needs only
 * the signing key, does not carry the packing.
 */
export const consoleData = stored(
  'console',
  parseStored,
  (): ConsoleData => ({ codes: [], graded: {} }),
  (d) => ({ ...d, codes: d.codes.map(packCode) }),
);
