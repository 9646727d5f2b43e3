/**
 * Keeping what is still good in a stored value that fails its check. One bad answer among fifty
 * must not cost the other forty-nine: entries of records and arrays that fail are dropped (and
 * counted), everything that passes is kept. Works over zod's own schema description, so every
 * stored shape gets it without a hand-written salvager each.
 */
interface Def {
  type: string;
  shape?: Record<string, Schema>;
  keyType?: Schema;
  valueType?: Schema;
  element?: Schema;
  innerType?: Schema;
}
export interface Schema {
  safeParse(v: unknown): { success: boolean; data?: unknown };
  _zod: { def: Def };
}

const NOTHING = Symbol('nothing');
const plain = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const SAFE_KEY = (k: string) => k !== '__proto__' && k !== 'constructor' && k !== 'prototype';

function walk(schema: Schema, value: unknown, drop: () => void): unknown {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const def = schema._zod.def;
  switch (def.type) {
    case 'record': {
      if (!plain(value)) return NOTHING;
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        const kept = SAFE_KEY(k) && def.keyType!.safeParse(k).success ? walk(def.valueType!, v, drop) : NOTHING;
        if (kept === NOTHING) drop();
        else out[k] = kept;
      }
      return out;
    }
    case 'array': {
      if (!Array.isArray(value)) return NOTHING;
      const out: unknown[] = [];
      for (const v of value) {
        const kept = walk(def.element!, v, drop);
        if (kept === NOTHING) drop();
        else out.push(kept);
      }
      return out;
    }
    case 'object': {
      if (!plain(value)) return NOTHING;
      const out: Record<string, unknown> = {};
      for (const [field, fieldSchema] of Object.entries(def.shape!)) {
        const kept = walk(fieldSchema, value[field], drop);
        if (kept !== NOTHING) out[field] = kept;
        else {
          // a field that can be left out (or has a default) is dropped; a required one cannot be
          const empty = fieldSchema.safeParse(undefined);
          if (!empty.success) return NOTHING;
          drop();
          if (empty.data !== undefined) out[field] = empty.data;
        }
      }
      return schema.safeParse(out).success ? schema.safeParse(out).data : NOTHING;
    }
    case 'optional':
    case 'default':
      return value === undefined ? NOTHING : walk(def.innerType!, value, drop);
    default:
      return NOTHING;
  }
}

/** The good part of `value` and how many entries were dropped, or undefined if nothing is usable. */
export function salvage<T>(schema: Schema, value: unknown): { value: T; dropped: number } | undefined {
  let dropped = 0;
  const kept = walk(schema, value, () => dropped++);
  if (kept === NOTHING) return undefined;
  const r = schema.safeParse(kept);
  return r.success ? { value: r.data as T, dropped } : undefined;
}
