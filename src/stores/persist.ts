/**
 * nanostores atoms backed by the checked storage in lib/storage: loaded on first use, saved on
 * every change, reloaded when another tab changes the same key.
 */
import { atom, onMount, type WritableAtom } from 'nanostores';
import { browserKV, keyOf, memoryKV, NAMESPACE, readValue, writeValue, type KV, type Notice, type Parser } from '../lib/storage/kv.ts';
import { migrate } from '../lib/storage/migrate.ts';
import type { TabMerge } from '../lib/storage/tab-merge.ts';

export const $notices = atom<Notice[]>([]);

function pushNotice(n: Notice) {
  const list = $notices.get();
  if (!list.some((x) => x.message === n.message)) $notices.set([...list, n]);
}
export function dismissNotice(n: Notice) {
  $notices.set($notices.get().filter((x) => x !== n));
}

let kvInstance: KV | undefined;
function kv(): KV {
  // Server rendering has no browser storage and must not report that as a problem.
  if (typeof window === 'undefined') return memoryKV();
  if (!kvInstance) {
    const r = browserKV();
    kvInstance = r.kv;
    if (r.notice) pushNotice(r.notice);
    if (migrate(kvInstance).failed.length) pushNotice({ kind: 'corrupt', name: '*', message: '部分旧版本的本机记录无法转换，已另存备份；其他记录不受影响。' });
  }
  return kvInstance;
}

export interface Stored<T> {
  $store: WritableAtom<T>;
  /** the value before storage is read: what the server renders */
  initial: T;
  get(): T;
  update(fn: (value: T) => T): void;
  replace(value: T): void;
  /**
   * From now on, another tab's write is merged with what this tab holds instead of replacing it
   * (lib/storage/tab-merge.ts). Set by the islands where input is given, loaded on the first
   * write another tab makes, so a page open in one tab never downloads it.
   */
  mergeTabs(load: () => Promise<TabMerge<T>>): void;
}

/** `pack`: the form written to storage, when it differs from what the page holds (`parse` reads both). */
export function stored<T>(name: string, parse: Parser<T>, fallback: () => T, pack?: (value: T) => unknown): Stored<T> {
  const $store = atom<T>(fallback());
  let loaded = false;
  // A damaged value storage could not copy aside stays untouched until the person frees space.
  let keepOriginal = false;
  const load = () => {
    const r = readValue(kv(), name, parse, fallback);
    if (r.notice) pushNotice(r.notice);
    keepOriginal ||= !!r.keepOriginal;
    loaded = true;
    $store.set(r.value);
  };
  // After a save failed (storage full), this page holds changes storage does not: they are the
  // truth until a save succeeds. Re-reading storage first would drop each unsaved change in turn,
  // as it once dropped all but the last answer of an exam taken on a full phone.
  let unsaved = false;
  let merge: (() => Promise<TabMerge<T>>) | undefined;
  onMount($store, () => {
    if (typeof window === 'undefined') return;
    load();
    const onStorage = (e: StorageEvent) => {
      if ((e.key !== keyOf(name) && e.key !== null) || unsaved) return;
      if (!merge) return load();
      void merge().then((fold) => {
        if (unsaved) return;
        const mine = $store.get();
        load();
        const merged = fold(mine, $store.get());
        if (merged) save(merged);
      }, load);
    };
    addEventListener('storage', onStorage);
    return () => removeEventListener('storage', onStorage);
  });
  const save = (value: T) => {
    $store.set(value);
    if (keepOriginal) return;
    const n = writeValue(kv(), name, pack ? pack(value) : value);
    unsaved = !!n;
    if (n) pushNotice(n);
  };
  return {
    $store,
    initial: fallback(),
    get() {
      if (!loaded) load();
      return $store.get();
    },
    // Read-modify-write on what storage holds now: another tab may have saved since this one last
    // heard (its storage event can still be on its way), and its change must not be written over.
    // A store that merges other tabs' writes changes what it holds instead: re-reading would put a
    // stale write from the other tab in place of this tab's latest input (an exam answered while a
    // second tab saved its clock lost an answer that way); the other tab's write is merged when its
    // event arrives, and whichever side then lacks something writes it back.
    update(fn) {
      if (!keepOriginal && !unsaved && !merge) load();
      save(fn($store.get()));
    },
    replace: save,
    mergeTabs: (m) => void (merge = m),
  };
}

/** Keys of values set aside on this device (damaged, or from an older format). */
export function setAsideKeys(): string[] {
  try {
    return kv()
      .keys()
      .filter((k) => k.startsWith(`${NAMESPACE}:quarantine:`));
  } catch {
    return [];
  }
}
export function readSetAside(key: string): string | null {
  try {
    return kv().getItem(key);
  } catch {
    return null;
  }
}
export function dropSetAside(key: string) {
  try {
    kv().removeItem(key);
  } catch {
    /* nothing to do: storage went away */
  }
}
