/**
 * Moving stored data forward when its shape changes. The namespace carries its version
 * ("wuye:v1:…"); a migration reads every key of the old version, converts each value and writes it
 * under the new one. Old keys are kept (renamed into the quarantine area) rather than deleted, so a
 * bad migration never loses anybody's progress.
 */
import { NAMESPACE, STORAGE_VERSION, type KV } from './kv.ts';

export interface Migration {
  /** converts values stored under version `from` to version `from + 1` */
  from: number;
  /** returns the new value, or undefined to drop the key from the new version */
  convert: (name: string, value: unknown) => unknown;
}

/** No migrations yet: version 1 is the first shipped format. Add steps here as formats change. */
export const MIGRATIONS: Migration[] = [];

const keyIn = (version: number) => new RegExp(`^${NAMESPACE}:v${version}:(.+)$`);

/** Brings every older version's values up to `target`. Safe to run on every start; never throws. */
export function migrate(kv: KV, migrations: Migration[] = MIGRATIONS, target = STORAGE_VERSION, now = Date.now()): { moved: number; failed: string[] } {
  let moved = 0;
  const failed: string[] = [];
  let keys: string[];
  try {
    keys = kv.keys();
  } catch {
    return { moved, failed };
  }
  for (let v = 1; v < target; v++) {
    const step = migrations.find((m) => m.from === v);
    for (const key of keys) {
      const m = keyIn(v).exec(key);
      if (!m) continue;
      const name = m[1];
      const newKey = `${NAMESPACE}:v${v + 1}:${name}`;
      try {
        const raw = kv.getItem(key);
        if (raw === null) continue;
        // A value already written by the newer version wins over the old one.
        if (kv.getItem(newKey) === null) {
          const next = step ? step.convert(name, JSON.parse(raw)) : JSON.parse(raw);
          if (next !== undefined) kv.setItem(newKey, JSON.stringify(next));
        }
        kv.setItem(`${NAMESPACE}:quarantine:v${v}-${name}:${now}`, raw);
        kv.removeItem(key);
        moved++;
      } catch {
        failed.push(key);
      }
    }
    keys = kv.keys();
  }
  return { moved, failed };
}
