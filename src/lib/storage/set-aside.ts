/**
 * Values set aside because they failed their check (kv.ts) or an older format (migrate.ts):
 * listed on 我的, where the person can take back every record that still passes its check.
 */
import { mergeSection, SECTIONS, type AllData, type Section } from './backup.ts';
import { LABELS, NAMESPACE } from './kv.ts';
import { parsers } from './schemas.ts';

export interface SetAside {
  key: string;
  /** the stored value's name: progress, checklists … */
  name: string;
  at: number;
  label: string;
  /** 我的 can merge good records back only for the values a backup file holds */
  restorable: boolean;
}

/** The trainer console's stores: not in a backup of 我的, restored into the console's own stores. */
export const CONSOLE_STORES = ['trainer', 'console'] as const;

const KEY = new RegExp(`^${NAMESPACE}:quarantine:(?:v\\d+-)?([a-z-]+):(\\d+)$`);

export function setAsideEntries(keys: string[]): SetAside[] {
  return keys
    .flatMap((key) => {
      const m = KEY.exec(key);
      if (!m) return [];
      const name = m[1];
      return [{ key, name, at: Number(m[2]), label: LABELS[name] ?? name, restorable: (SECTIONS as string[]).includes(name) || (CONSOLE_STORES as readonly string[]).includes(name) }];
    })
    .sort((a, b) => b.at - a.at);
}

/** Merges the good records of a set-aside value into `current`; how many came back and how many are still bad. */
export function restoreSetAside(current: AllData, name: string, raw: string): { data: AllData; restored: boolean; dropped: number } | { error: string } {
  if (!(SECTIONS as string[]).includes(name)) return { error: '这类记录不能在这里恢复，可以下载后交给管理员' };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { error: '另存的内容已经不是有效数据，无法恢复；可以下载后交给管理员' };
  }
  const parse = parsers[name as Section];
  const ok = parse(value);
  const good = ok.ok ? { value: ok.value, dropped: 0 } : parse.salvage?.(value);
  if (!good) return { error: '另存的内容里没有还能用的记录' };
  const data: AllData = { ...current };
  mergeSection(data, name as Section, good.value);
  return { data, restored: true, dropped: good.dropped };
}
