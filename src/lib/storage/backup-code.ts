/**
 * A backup that survives where files do not: WeChat wipes a page's storage when the person logs
 * out, and its browser drops downloaded files. The backup file's text is deflated into a code
 * ("WYB1.<base64url>.<crc>") that can be copied into a chat to oneself, and cut into QR codes a
 * phone can keep as a picture (long-press → save) and read back from the album.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { fromBase64url, toBase64url } from '../exam/base64url.ts';
import { crc32 } from '../exam/crc32.ts';

export const BACKUP_CODE_PREFIX = 'WYB1';
/** What one QR code carries comfortably at medium error correction, read from a photo of a screen. */
export const QR_CHUNK = 1200;
/** Far beyond any real backup; a longer text is not inflated at all. */
const MAX_CODE = 3_000_000;

export function encodeBackupCode(backupJson: string): string {
  const body = toBase64url(deflateSync(strToU8(backupJson), { level: 9 }));
  return `${BACKUP_CODE_PREFIX}.${body}.${crc32(strToU8(body)).toString(36)}`;
}

/** The code in QR-sized parts, each saying which part of how many it is: "WYB1-2/3:…". */
export function backupQrParts(code: string, size = QR_CHUNK): string[] {
  const n = Math.max(1, Math.ceil(code.length / size));
  return Array.from({ length: n }, (_, i) => `${BACKUP_CODE_PREFIX}-${i + 1}/${n}:${code.slice(i * size, (i + 1) * size)}`);
}

export type Decoded = { ok: true; json: string } | { ok: false; error: string; missing?: number[] };

/**
 * The backup text from whatever the person pasted or scanned: the whole code (spaces and line
 * breaks ignored), or QR parts in any order. Never throws.
 */
export function decodeBackupCode(input: string | string[]): Decoded {
  try {
    const texts = (Array.isArray(input) ? input : [input]).map((t) => t.replace(/\s+/g, ''));
    const all = texts.join('');
    if (all.length > MAX_CODE) return { ok: false, error: '内容太长，不是本站的备份码' };
    let code: string;
    const parts = [...all.matchAll(/WYB1-(\d+)\/(\d+):([A-Za-z0-9_.-]+?)(?=WYB1-\d+\/\d+:|$)/g)];
    if (parts.length) {
      const total = Number(parts[0][2]);
      const got = new Map(parts.filter((p) => Number(p[2]) === total).map((p) => [Number(p[1]), p[3]]));
      const missing = Array.from({ length: total }, (_, i) => i + 1).filter((i) => !got.has(i));
      if (missing.length) return { ok: false, error: `备份二维码一共 ${total} 张，还差第 ${missing.join('、')} 张`, missing };
      code = Array.from({ length: total }, (_, i) => got.get(i + 1)).join('');
    } else {
      const m = /WYB1\.[A-Za-z0-9_-]+\.[0-9a-z]+/.exec(all);
      if (!m) return { ok: false, error: all.startsWith('WY1.') ? '这是考试结果码，不是备份码：请交给培训师' : '没有找到备份码（应以 WYB1. 开头）' };
      code = m[0];
    }
    const [prefix, body, crc] = code.split('.');
    if (prefix !== BACKUP_CODE_PREFIX || !body || !crc) return { ok: false, error: '备份码不完整：可能复制时少了一段' };
    if (crc32(strToU8(body)).toString(36) !== crc) return { ok: false, error: '备份码校验不通过：复制不完整或被改动过' };
    const bytes = fromBase64url(body);
    if (!bytes) return { ok: false, error: '备份码里有不该出现的字符' };
    return { ok: true, json: strFromU8(inflateSync(bytes)) };
  } catch {
    return { ok: false, error: '备份码已损坏，无法读取' };
  }
}
