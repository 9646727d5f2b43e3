/** Pieces shared by the stored-data schemas, and zod's first problem as a line a person can read. */
import * as z from 'zod/mini';
import type { Parser } from './kv.ts';
import { salvage, type Schema } from './salvage.ts';

export const ms = z.number().check(z.nonnegative());
export const id = z.string().check(z.minLength(1), z.maxLength(200));

/**
 * A checked parser with the first problem's place in a line a person can read, and a salvager.
 * zod's own wording is English (「Invalid input」); the place is what helps, so it is said with
 * 格式不对 rather than with a locale that would add kilobytes to every island.
 */
export function parserOf<T>(schema: Schema): Parser<T> {
  const parse = (value: unknown) => {
    const r = schema.safeParse(value) as { success: boolean; data?: T; error?: { issues: { path: PropertyKey[] }[] } };
    if (r.success) return { ok: true as const, value: r.data as T };
    const first = r.error?.issues[0];
    return { ok: false as const, error: `${first?.path.map(String).join('.') || '根'}：格式不对` };
  };
  return Object.assign(parse, { salvage: (value: unknown) => salvage<T>(schema, value) });
}
