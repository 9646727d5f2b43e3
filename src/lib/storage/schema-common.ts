/** Pieces shared by the stored-data schemas, and zod's first problem as a line a person can read. */
import * as z from 'zod/mini';
import type { Parser } from './kv.ts';

export const ms = z.number().check(z.nonnegative());
export const id = z.string().check(z.minLength(1), z.maxLength(200));

/** zod's first problem, in a line a person can read */
export function parserOf<T>(schema: { safeParse: (v: unknown) => { success: boolean; data?: T; error?: { issues: { path: PropertyKey[]; message: string }[] } } }): Parser<T> {
  return (value) => {
    const r = schema.safeParse(value);
    if (r.success) return { ok: true, value: r.data as T };
    const first = r.error?.issues[0];
    return { ok: false, error: first ? `${first.path.map(String).join('.') || '根'}：${first.message}` : '格式不对' };
  };
}
