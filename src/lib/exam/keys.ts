/**
 * Which signing keys a trainer's console trusts. Its own key signs the exams it builds; a
 * colleague's key is trusted only when the trainer imports it on purpose and says whose it is.
 * Keys never come in with pasted results: a key pasted beside a forged result made that result
 * pass. No limit here ever drops a key: over the limit a new key is refused, with the reason.
 */
import type { TrainerData } from '../storage/console-schema.ts';
import { keyLines } from './key-lines.ts';

export { keyLine, keyLines, withoutKeyLines } from './key-lines.ts';

/** Colleagues' keys one console trusts; a 51st is refused, never stored in place of another. */
export const MAX_TRUSTED_KEYS = 50;

const KEY = /^[A-Za-z0-9_-]{43}$/;

export interface TrustResult {
  data: TrainerData;
  added: number;
  /** already trusted (or this console's own) */
  known: number;
  /** why keys were not taken, if any were not */
  refused?: string;
}

/** Trusts the keys in `text` as belonging to `owner`. */
export function trustKeys(data: TrainerData, text: string, owner: string, now: number): TrustResult {
  const who = owner.trim().slice(0, 40);
  const found = keyLines(text);
  if (!found.length) return { data, added: 0, known: 0, refused: '没有找到出卷密钥（应以 WYKEY. 开头，后面 43 个字符）' };
  if (!who) return { data, added: 0, known: 0, refused: '请写明这是谁的出卷密钥（姓名或所在项目），以后看得出该不该信任' };
  // the first key is this console's own: a colleague's key must never take that place
  if (!data.keys.length) return { data, added: 0, known: 0, refused: '本机还没有自己的出卷密钥：请刷新页面后再导入' };
  const fresh = found.filter((k) => !data.keys.includes(k));
  const room = MAX_TRUSTED_KEYS - Math.max(0, data.keys.length - 1);
  const taken = fresh.slice(0, Math.max(0, room));
  const next: TrainerData = {
    keys: [...data.keys, ...taken],
    owners: { ...data.owners, ...Object.fromEntries(taken.map((k) => [k, { name: who, at: now }])) },
  };
  const refused =
    taken.length < fresh.length ? `已信任 ${MAX_TRUSTED_KEYS} 个同事的密钥，最多这么多：${fresh.length - taken.length} 个没有导入。先在下面把不再用的密钥「不再信任」，再导入` : undefined;
  return { data: next, added: taken.length, known: found.length - fresh.length, ...(refused ? { refused } : {}) };
}

/** Stops trusting a colleague's key; this console's own key stays. */
export function untrustKey(data: TrainerData, key: string): TrainerData {
  if (key === data.keys[0]) return data;
  const { [key]: _, ...owners } = data.owners;
  return { keys: data.keys.filter((k) => k !== key), owners };
}

/**
 * Brings back keys from a store that was set aside: every well-formed key in it is trusted
 * again, so links signed by an earlier own key still verify. The present own key stays first.
 */
export function restoreKeys(data: TrainerData, setAside: unknown, now: number): { data: TrainerData; restored: number } {
  const v = setAside as { keys?: unknown; owners?: Record<string, { name?: unknown }> } | null;
  const keys = Array.isArray(v?.keys) ? v.keys.filter((k): k is string => typeof k === 'string' && KEY.test(k)) : [];
  const fresh = keys.filter((k) => !data.keys.includes(k));
  const owners = { ...data.owners };
  fresh.forEach((k, i) => {
    const name = v?.owners?.[k]?.name;
    owners[k] = { name: typeof name === 'string' && name ? name.slice(0, 40) : i === 0 && keys[0] === k ? '本机以前的出卷密钥' : '恢复的密钥（来源未写明）', at: now };
  });
  return { data: { keys: [...data.keys, ...fresh], owners }, restored: fresh.length };
}
