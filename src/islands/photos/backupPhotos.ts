/**
 * Photos in a backup file: beside the records (`photos`: each file as base64 with its id), so a
 * restored record finds its pictures again. Backup codes and QR pictures do not carry photos (a
 * single photo is larger than all the QR codes a person would save); 我的 says so.
 */
import { allPhotos, getPhoto, putPhoto } from './photoDb.ts';

interface PhotoEntry {
  id: string;
  at: number;
  width: number;
  height: number;
  type: string;
  data: string;
}

const toBase64 = async (b: Blob) => {
  const bytes = new Uint8Array(await b.arrayBuffer());
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
};

/** The backup file's text with every photo on this phone added. */
export async function withPhotos(backupJson: string): Promise<string> {
  const r = await allPhotos();
  const photos = r.ok ? (r.value ?? []) : [];
  if (!photos.length) return backupJson;
  const doc = JSON.parse(backupJson) as Record<string, unknown>;
  doc.photos = await Promise.all(
    photos.map(async (p): Promise<PhotoEntry> => ({ id: p.id, at: p.at, width: p.width, height: p.height, type: p.blob.type || 'image/jpeg', data: await toBase64(p.blob) })),
  );
  return JSON.stringify(doc);
}

const ok = (p: unknown): p is PhotoEntry => {
  const e = p as PhotoEntry;
  return !!e && typeof e.id === 'string' && /^p-[0-9a-z-]{1,40}$/.test(e.id) && typeof e.data === 'string' && typeof e.at === 'number' && /^image\/(jpeg|png|webp)$/.test(e.type);
};

/** Puts a backup file's photos into this phone's photo store (ones already here are kept). Returns how many were added and how many could not be. */
export async function restorePhotos(fileText: string): Promise<{ added: number; failed: number }> {
  let list: unknown;
  try {
    list = (JSON.parse(fileText.replace(/^\uFEFF/, '')) as { photos?: unknown }).photos;
  } catch {
    return { added: 0, failed: 0 };
  }
  if (!Array.isArray(list)) return { added: 0, failed: 0 };
  let added = 0;
  let failed = 0;
  for (const p of list) {
    if (!ok(p)) {
      failed++;
      continue;
    }
    const have = await getPhoto(p.id);
    if (have.ok && have.value) continue;
    try {
      const blob = new Blob([Uint8Array.from(atob(p.data), (c) => c.charCodeAt(0))], { type: p.type });
      const r = await putPhoto({ id: p.id, at: p.at, width: p.width, height: p.height, blob });
      if (r.ok) added++;
      else failed++;
    } catch {
      failed++;
    }
  }
  return { added, failed };
}
