/** Pieces shared by the stored-data schemas, and zod's first problem as a line a person can read. */
import * as z from 'zod/mini';
import type { Parser } from './kv.ts';
import { salvage, type Schema } from './salvage.ts';

export const ms = z.number().check(z.nonnegative());
export const id = z.string().check(z.minLength(1), z.maxLength(200));

const TYPE_WORD: Record<string, string> = { string: '文字', number: '数字', boolean: '是或否', object: '一组记录', array: '列表' };

/**
 * zod's problem in Chinese: its own messages are English (「Invalid input」), and loading its
 * Chinese locale would add kilobytes to every island; the few kinds a stored value can fail on
 * are named here.
 */
export function problemText(issue: { code?: string; expected?: string; message: string }): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected && TYPE_WORD[issue.expected] ? `应为${TYPE_WORD[issue.expected]}` : '类型不对';
    case 'too_big':
      return '太长或太大';
    case 'too_small':
      return '太短、太小或是空的';
    case 'invalid_format':
    case 'invalid_string':
      return '格式不对';
    case 'invalid_value':
    case 'invalid_enum_value':
    case 'invalid_literal':
      return '取值不在允许的范围内';
    default:
      return '格式不对';
  }
}

/** A checked parser with zod's first problem in a line a person can read, and a salvager. */
export function parserOf<T>(schema: Schema): Parser<T> {
  const parse = (value: unknown) => {
    const r = schema.safeParse(value) as { success: boolean; data?: T; error?: { issues: { path: PropertyKey[]; message: string; code?: string; expected?: string }[] } };
    if (r.success) return { ok: true as const, value: r.data as T };
    const first = r.error?.issues[0];
    return { ok: false as const, error: first ? `${first.path.map(String).join('.') || '根'}：${problemText(first)}` : '格式不对' };
  };
  return Object.assign(parse, { salvage: (value: unknown) => salvage<T>(schema, value) });
}
