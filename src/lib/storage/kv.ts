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

export type Parser<T> = (value: unknown) => { ok: true; value: T } | { ok: false; error: string };

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

/** localStorage when it works (private modes and full disks throw), otherwise memory. */
export function browserKV(): { kv: KV; notice?: Notice } {
  try {
    const ls = globalThis.localStorage;
    const probe = keyOf('__probe');
    ls.setItem(probe, '1');
    ls.removeItem(probe);
    return {
      kv: {
        getItem: (k) => ls.getItem(k),
        setItem: (k, v) => ls.setItem(k, v),
        removeItem: (k) => ls.removeItem(k),
        keys: () => Array.from({ length: ls.length }, (_, i) => ls.key(i)).filter((k): k is string => k !== null),
      },
    };
  } catch {
    return {
      kv: memoryKV(),
      notice: { kind: 'unavailable', name: '*', message: '这个浏览器不允许保存数据（可能是无痕模式）：学习记录只保留到关闭页面为止。' },
    };
  }
}

export function readValue<T>(kv: KV, name: string, parse: Parser<T>, fallback: () => T, now = Date.now()): { value: T; notice?: Notice } {
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
  // Keep the damaged value for recovery, then start clean.
  try {
    kv.setItem(quarantineKeyOf(name, now), raw);
    kv.removeItem(keyOf(name));
  } catch {
    /* storage went away between the read and now: the memory value below still works */
  }
  return {
    value: fallback(),
    notice: {
      kind: 'corrupt',
      name,
      message: `本机保存的「${LABELS[name] ?? name}」数据已损坏（${error}），已另存备份并重新开始；其他记录不受影响。`,
    },
  };
}

export function writeValue(kv: KV, name: string, value: unknown): Notice | undefined {
  try {
    kv.setItem(keyOf(name), JSON.stringify(value));
    return undefined;
  } catch {
    return { kind: 'full', name, message: '手机存储空间不足，最新的记录没能保存：请清理浏览器数据或导出备份。' };
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
};
