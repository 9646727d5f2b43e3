/**
 * Result codes carry a finished exam from a trainee's phone to the trainer: versioned, deflated,
 * base64url, checksummed — "WY1.<payload>.<crc>". Decoding never throws: anything that is not a
 * whole, untouched code of this format comes back as a Chinese error.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import * as z from 'zod/mini';
import { fromBase64url, toBase64url } from './base64url.ts';
import { crc32 } from './crc32.ts';
import { responseSchema } from '../quiz/response-schema.ts';
import { examSpecSchema, type ExamSpec } from './spec.ts';
import type { Response } from '../quiz/types.ts';

export const CODE_PREFIX = 'WY1';
/** A real code is well under this; anything longer is not one (and is not worth inflating). */
const MAX_CODE_CHARS = 20_000;
const MAX_JSON_BYTES = 400_000;
/** Inflated codes land here (made on first use); one byte more than allowed, so a code that fills it is too big. */
let scratch: Uint8Array | undefined;

const payloadSchema = z.object({
  v: z.literal(1),
  spec: examSpecSchema,
  hash: z.string().check(z.regex(/^[0-9a-f]{16}$/)),
  name: z.string().check(z.minLength(1), z.maxLength(40)),
  number: z.string().check(z.minLength(1), z.maxLength(40)),
  answers: z.record(z.string().check(z.maxLength(120)), responseSchema),
  startedAt: z.number().check(z.nonnegative()),
  submittedAt: z.number().check(z.nonnegative()),
  /** what the trainee's phone computed; shown for comparison, never used for the result */
  claimedPercent: z.optional(z.number()),
  /** the trainer console's signature over spec (custom exams); see signature.ts */
  sig: z.optional(z.string().check(z.maxLength(64))),
  /** the sitting's own seed: the order its options were shown in (answers use file order) */
  seed: z.optional(z.string().check(z.maxLength(40))),
  /** the phone's clock was set back during the sitting (time counts what was used, so it gained nothing) */
  clockWentBack: z.optional(z.boolean()),
  /** the phone's clock was set forward during the sitting (a slow phone corrected): noted, never graded */
  clockJumped: z.optional(z.boolean()),
  /** drawn questions left unanswered: with the answers' ids, the whole draw, so the console can score it after a bank gains questions */
  skipped: z.optional(z.array(z.string().check(z.maxLength(120))).check(z.maxLength(200))),
});
export type ResultPayload = z.infer<typeof payloadSchema> & { answers: Record<string, Response> };

export type Decoded = { ok: true; value: ResultPayload } | { ok: false; error: string };

export function encodeResult(p: ResultPayload): string {
  const body = toBase64url(deflateSync(strToU8(JSON.stringify(p)), { level: 9 }));
  return `${CODE_PREFIX}.${body}.${crc32(strToU8(body)).toString(36)}`;
}

export function decodeResult(input: unknown): Decoded {
  const fail = (error: string): Decoded => ({ ok: false, error });
  try {
    if (typeof input !== 'string') return fail('不是结果码（应为文字）');
    const text = input.replace(/\s+/g, '');
    if (!text) return fail('结果码是空的');
    if (text.length > MAX_CODE_CHARS) return fail('太长了，不是结果码');
    const parts = text.split('.');
    if (parts[0] !== CODE_PREFIX) return fail(parts[0]?.startsWith('WY') ? `结果码版本「${parts[0]}」不受支持，请升级本站` : '不是结果码（应以 WY1. 开头）');
    if (parts.length !== 3 || !parts[1] || !parts[2]) return fail('结果码不完整：可能复制时少了一段');
    if (crc32(strToU8(parts[1])).toString(36) !== parts[2]) return fail('结果码校验不通过：复制不完整或被改动过');
    const bytes = fromBase64url(parts[1]);
    if (!bytes) return fail('结果码里有不该出现的字符');
    let json: string;
    try {
      // into one buffer kept for all codes: a console importing 5,000 codes spent most of its
      // time growing and collecting a fresh buffer per code
      const raw = inflateSync(bytes, { out: (scratch ??= new Uint8Array(MAX_JSON_BYTES + 1)) });
      if (raw.length >= MAX_JSON_BYTES) return fail('结果码内容过大');
      json = strFromU8(raw);
    } catch {
      return fail('结果码已损坏，无法解开');
    }
    let data: unknown;
    try {
      data = JSON.parse(json);
    } catch {
      return fail('结果码已损坏，内容不是有效数据');
    }
    const r = payloadSchema.safeParse(data);
    if (!r.success) return fail('结果码内容不完整或格式不对');
    return { ok: true, value: r.data as ResultPayload };
  } catch {
    return fail('无法读取这个结果码');
  }
}

/** Pulls every code out of pasted text or a file: one per line, or mixed with other words. */
export function findCodes(text: string): string[] {
  return text.match(/WY\d+\.[A-Za-z0-9_-]+\.[0-9a-z]+/g) ?? [];
}

export type { ExamSpec };
