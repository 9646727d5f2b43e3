/** A set-aside store of the trainer console's results, merged back (see set-aside.ts). */
import { unpackCode } from './code-pack.ts';
import { gradedSchema, type ConsoleData } from './console-schema.ts';

/**
 * The console's accepted results from a set-aside value merged into the current ones: every
 * well-formed code comes back once, with the score it was graded with where that is readable.
 */
export function restoreConsole(current: ConsoleData, setAside: unknown): { data: ConsoleData; restored: number } {
  const v = setAside as { codes?: unknown; graded?: unknown } | null;
  // stored packed (code-pack.ts) or plain, they come back as codes
  const codes = Array.isArray(v?.codes) ? v.codes.filter((c): c is string => typeof c === 'string' && c.length <= 20000).map(unpackCode) : [];
  const fresh = [...new Set(codes)].filter((c) => !current.codes.includes(c));
  const graded: ConsoleData['graded'] = { ...current.graded };
  if (v?.graded && typeof v.graded === 'object')
    for (const [k, g] of Object.entries(v.graded as Record<string, unknown>)) {
      const ok = gradedSchema.safeParse(g);
      if (ok.success && !(k in graded) && k.length <= 200) graded[k] = ok.data;
    }
  return { data: { codes: [...current.codes, ...fresh].slice(0, 20000), graded }, restored: fresh.length };
}
