/**
 * Brings a set-aside console store back into the console's own stores. Loaded only when 恢复 is
 * pressed: 我的 itself never needs the console's stores.
 */
import { restoreKeys } from '../../lib/exam/keys.ts';
import { restoreConsole } from '../../lib/storage/console-restore.ts';
import { trainer } from '../../stores/console.ts';
import { consoleData } from '../../stores/console-data.ts';

/** How many keys or results came back. */
export function restoreConsoleStore(name: string, value: unknown): number {
  if (name === 'trainer') {
    const r = restoreKeys(trainer.get(), value, Date.now());
    trainer.replace(r.data);
    return r.restored;
  }
  const r = restoreConsole(consoleData.get(), value);
  consoleData.replace(r.data);
  return r.restored;
}
