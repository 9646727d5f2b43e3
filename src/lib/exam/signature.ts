/**
 * Which exams the trainer's console believes. Settings travel inside links and result codes, so a
 * trainee can decode them, lower the pass mark and encode them again; the console therefore never
 * trusts settings for what they say. It accepts an exam when it is a published preset exactly as
 * the site defines it, or when it carries a signature that only this trainer's browser can make
 * (HMAC-SHA-256 with a key kept in the trainer's own storage).
 */
import { fromBase64url, toBase64url } from './base64url.ts';
import type { ExamSpec } from './spec.ts';

/** Fields in a fixed order, so the same settings always sign to the same bytes. */
export function canonicalSpec(spec: ExamSpec): string {
  return JSON.stringify([spec.id, spec.title, spec.banks, spec.tags, spec.count, spec.minutes, spec.pass, spec.seed, spec.shuffle, spec.role ?? null]);
}

export function newSigningKey(): string {
  return toBase64url(crypto.getRandomValues(new Uint8Array(32)));
}

async function hmac(keyText: string, text: string): Promise<Uint8Array> {
  const raw = fromBase64url(keyText);
  if (!raw) throw new Error('bad key');
  // WebCrypto wants bytes on an ArrayBuffer of their own
  const bytes = new Uint8Array(raw);
  const key = await crypto.subtle.importKey('raw', bytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(text)));
}

/** 128 bits of the HMAC: short enough for a QR code, far beyond guessing. */
export async function signSpec(spec: ExamSpec, keyText: string): Promise<string> {
  return toBase64url((await hmac(keyText, canonicalSpec(spec))).slice(0, 16));
}

/** `move`: signed by a key this console does not hold; moving the console (or the key) here is the way out. */
export type Verdict = { ok: true; by: 'preset' | 'signature' } | { ok: false; error: string; move?: true };

export async function verifyExam(spec: ExamSpec, sig: string | undefined, presets: ExamSpec[], keys: string[]): Promise<Verdict> {
  const published = presets.find((p) => p.id === spec.id);
  if (published && canonicalSpec(published) === canonicalSpec(spec)) return { ok: true, by: 'preset' };
  if (sig) for (const k of keys) if ((await signSpec(spec, k).catch(() => '')) === sig) return { ok: true, by: 'signature' };
  if (published) return { ok: false, error: `「${spec.title}」的设置与本站公布的预设考试不一致（题数、及格线或时间被改过），不能计分` };
  if (sig)
    return {
      ok: false,
      move: true,
      error: `「${spec.title}」的签名对不上：这套卷不是这台电脑的考核台出的（或链接里的设置被改过）。是你在另一台电脑出的：在那台电脑「搬走考核台」，把文件导入这里；是同事出的：请他把出卷密钥交给你，在「同事的出卷密钥」里导入并写明是谁的。导入后再收一次这份成绩`,
    };
  return { ok: false, error: `「${spec.title}」没有出卷签名，无法核实设置是否被改过，不能计分` };
}
