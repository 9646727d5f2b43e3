/**
 * The one browser-storage namespace, versioned, with values that are checked on every read.
 * A value that fails its check is moved aside (kept under a quarantine key, not deleted) and
 * replaced by a fresh default; storage that is missing or full degrades to memory. Either way
 * the caller gets a usable value and a Chinese notice to show.
 */
export interface KV {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  keys(): string[];
}

export const NAMESPACE = 'wuye';
export const STORAGE_VERSION = 1;
export const keyOf = (name: string) => `${NAMESPACE}:v${STORAGE_VERSION}:${name}`;
export const quarantineKeyOf = (name: string, at: number) => `${NAMESPACE}:quarantine:${name}:${at}`;

export type Parser<T> = ((value: unknown) => { ok: true; value: T } | { ok: false; error: string }) & {
  /** the good part of a value that fails the check, and how many entries were left out */
  salvage?: (value: unknown) => { value: T; dropped: number } | undefined;
};

export interface Notice {
  kind: 'corrupt' | 'unavailable' | 'full';
  name: string;
  message: string;
}

export function memoryKV(seed: Record<string, string> = {}): KV {
  const m = new Map(Object.entries(seed));
  return {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, v),
    removeItem: (k) => void m.delete(k),
    keys: () => [...m.keys()],
  };
}

/**
 * localStorage when it can be read; memory when it cannot (storage disabled). Storage that can be
 * read but not written is full: what is stored stays readable and the person is told new records
 * are not being kept, instead of being shown an empty memory store.
 */
export function browserKV(): { kv: KV; notice?: Notice } {
  let ls: Storage;
  try {
    ls = globalThis.localStorage;
    ls.getItem(keyOf('__probe'));
  } catch {
    return {
      kv: memoryKV(),
      notice: { kind: 'unavailable', name: '*', message: '这个浏览器不允许保存数据（可能是无痕模式）：学习记录只保留到关闭页面为止。' },
    };
  }
  const kv: KV = {
    getItem: (k) => ls.getItem(k),
    setItem: (k, v) => ls.setItem(k, v),
    removeItem: (k) => ls.removeItem(k),
    keys: () => Array.from({ length: ls.length }, (_, i) => ls.key(i)).filter((k): k is string => k !== null),
  };
  try {
    ls.setItem(keyOf('__probe'), '1');
    ls.removeItem(keyOf('__probe'));
    return { kv };
  } catch {
    return { kv, notice: { kind: 'full', name: '*', message: FULL_MESSAGE } };
  }
}

const FULL_MESSAGE = '存储空间不足：以前的记录照常显示，新的记录暂时保存不了。请清理浏览器数据，或在「我的」导出备份。';

export interface ReadResult<T> {
  value: T;
  notice?: Notice;
  /** a damaged value could not be copied aside, so it stays where it is and must not be written over */
  keepOriginal?: boolean;
}

export function readValue<T>(kv: KV, name: string, parse: Parser<T>, fallback: () => T, now = Date.now()): ReadResult<T> {
  let raw: string | null;
  try {
    raw = kv.getItem(keyOf(name));
  } catch {
    return { value: fallback(), notice: { kind: 'unavailable', name, message: '读取本机数据失败：这次的记录只保留到关闭页面为止。' } };
  }
  if (raw === null) return { value: fallback() };
  let parsed: unknown;
  let error = '';
  try {
    parsed = JSON.parse(raw);
  } catch {
    error = '不是有效的 JSON';
  }
  if (!error) {
    const r = parse(parsed);
    if (r.ok) return { value: r.value };
    error = r.error;
  }
  const label = LABELS[name] ?? name;
  // What still passes its check is kept; the whole damaged value is copied aside first.
  const partial = error === '不是有效的 JSON' ? undefined : parse.salvage?.(parsed);
  const kept = partial && partial.dropped > 0 ? partial : undefined;
  try {
    kv.setItem(quarantineKeyOf(name, now), raw);
  } catch {
    return {
      value: kept?.value ?? fallback(),
      keepOriginal: true,
      notice: { kind: 'full', name, message: `本机保存的「${label}」数据有损坏（${error}），存储空间已满，没能另存备份：原数据原样保留，这次的新记录不会保存。请清理手机存储空间后刷新。` },
    };
  }
  try {
    if (kept) kv.setItem(keyOf(name), JSON.stringify(kept.value));
    else kv.removeItem(keyOf(name));
  } catch {
    /* the copy aside exists; the value below works from memory */
  }
  return {
    value: kept?.value ?? fallback(),
    notice: {
      kind: 'corrupt',
      name,
      message: kept
        ? `本机保存的「${label}」有 ${kept.dropped} 条记录已损坏（${error}），已另存备份，其余记录照常使用；可在「我的」查看或恢复。`
        : `本机保存的「${label}」数据已损坏（${error}），已另存备份并重新开始；可在「我的」查看或恢复。`,
    },
  };
}

export function writeValue(kv: KV, name: string, value: unknown): Notice | undefined {
  try {
    kv.setItem(keyOf(name), JSON.stringify(value));
    return undefined;
  } catch {
    return { kind: 'full', name, message: FULL_MESSAGE };
  }
}

export const LABELS: Record<string, string> = {
  progress: '学习进度',
  cards: '应知应会卡',
  checklists: '检查表',
  drills: '演练记录',
  settings: '设置',
  exams: '考试作答',
  console: '考核结果',
  trainer: '出卷密钥',
  incidents: '现场处置记录',
};
