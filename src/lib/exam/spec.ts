/** An exam as a trainer defines it, small enough to travel inside a link. */
import * as z from 'zod/mini';
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { fromBase64url, toBase64url } from './base64url.ts';

export const examSpecSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(80)),
  title: z.string().check(z.minLength(1), z.maxLength(80)),
  banks: z.array(z.string().check(z.minLength(1), z.maxLength(80))).check(z.minLength(1), z.maxLength(30)),
  tags: z.array(z.string().check(z.maxLength(40))).check(z.maxLength(30)),
  count: z.number().check(z.int(), z.minimum(1), z.maximum(200)),
  minutes: z.number().check(z.int(), z.minimum(1), z.maximum(300)),
  pass: z.number().check(z.minimum(0), z.maximum(100)),
  seed: z.string().check(z.minLength(1), z.maxLength(40)),
  /** each trainee sees the same questions in an order of their own */
  shuffle: z.boolean(),
  /** role id the exam is for, shown in the trainer's table */
  role: z.optional(z.string().check(z.maxLength(40))),
});
export type ExamSpec = z.infer<typeof examSpecSchema>;

/** Exams travel in the link's #fragment (never sent to a server): deflated JSON, base64url. */

export function encodeSpec(spec: ExamSpec): string {
  return toBase64url(deflateSync(strToU8(JSON.stringify(spec)), { level: 9 }));
}

export function decodeSpec(text: string): { ok: true; spec: ExamSpec } | { ok: false; error: string } {
  try {
    const bytes = fromBase64url(text.trim());
    if (!bytes || text.length > 4000) return { ok: false, error: '考试链接不完整：请让培训师重新发链接或二维码' };
    const r = examSpecSchema.safeParse(JSON.parse(strFromU8(inflateSync(bytes))));
    return r.success ? { ok: true, spec: r.data } : { ok: false, error: '考试链接里的考试设置不对：请让培训师重新生成' };
  } catch {
    return { ok: false, error: '考试链接已损坏：请让培训师重新发链接或二维码' };
  }
}
