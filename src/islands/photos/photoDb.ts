/**
 * Photo files in the browser's IndexedDB (localStorage holds text only, a few MB in all): one
 * record per photo, keyed by id; the run or checklist that shows it keeps the id. Every call
 * resolves — a browser without IndexedDB, a full disk or a private window gives a Chinese reason,
 * never an exception, so a photo can never stop a record from being saved.
 */
export interface StoredPhoto {
  id: string;
  blob: Blob;
  at: number;
  width: number;
  height: number;
}

const DB = 'wuye-photos';
const STORE = 'photos';

let opened: Promise<IDBDatabase> | undefined;
function db(): Promise<IDBDatabase> {
  opened ??= new Promise<IDBDatabase>((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(new Error('这个浏览器不能存照片'));
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'id' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('照片库打不开'));
    req.onblocked = () => reject(new Error('照片库被另一个页面占用：关掉其他标签页再试'));
  });
  opened.catch(() => (opened = undefined));
  return opened;
}

const reason = (e: unknown) =>
  e instanceof DOMException && e.name === 'QuotaExceededError' ? '手机存储空间不足' : e instanceof Error && /[\u4e00-\u9fa5]/.test(e.message) ? e.message : '这个浏览器没能存下照片';

function run<T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T> | void): Promise<{ ok: true; value: T | undefined } | { ok: false; error: string }> {
  return db().then(
    (d) =>
      new Promise((resolve) => {
        try {
          const tx = d.transaction(STORE, mode);
          const req = fn(tx.objectStore(STORE));
          tx.oncomplete = () => resolve({ ok: true, value: req ? req.result : undefined });
          tx.onerror = () => resolve({ ok: false, error: reason(tx.error) });
          tx.onabort = () => resolve({ ok: false, error: reason(tx.error) });
        } catch (e) {
          resolve({ ok: false, error: reason(e) });
        }
      }),
    (e) => ({ ok: false as const, error: reason(e) }),
  );
}

export const putPhoto = (p: StoredPhoto) => run('readwrite', (s) => void s.put(p));
export const getPhoto = (id: string) => run<StoredPhoto>('readonly', (s) => s.get(id) as IDBRequest<StoredPhoto>);
export const allPhotos = () => run<StoredPhoto[]>('readonly', (s) => s.getAll() as IDBRequest<StoredPhoto[]>);
export const deletePhotos = (ids: string[]) => run('readwrite', (s) => void ids.forEach((id) => s.delete(id)));
export const clearPhotos = () => run('readwrite', (s) => void s.clear());

/** Bytes all photos on this phone take. */
export async function photoBytes(): Promise<number> {
  const r = await allPhotos();
  return r.ok ? (r.value ?? []).reduce((n, p) => n + p.blob.size, 0) : 0;
}
