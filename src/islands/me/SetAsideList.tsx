/** 另存的记录: what was set aside as damaged, with a way to take the good records back. */
import { useEffect, useState } from 'preact/hooks';
import type { AllData } from '../../lib/storage/backup.ts';
import { CONSOLE_STORES, restoreSetAside, setAsideEntries, type SetAside } from '../../lib/storage/set-aside.ts';
import { replaceAll } from '../../stores/all.ts';
import { $notices, dropSetAside, readSetAside, setAsideKeys } from '../../stores/persist.ts';
import { useStored } from '../useStored.ts';
import { SaveFile } from '../fallback/SaveFile.tsx';

const fmt = (ms: number) => new Date(ms).toLocaleString('zh-CN', { hour12: false });

export function SetAsideList({ all }: { all: AllData }) {
  const [list, setList] = useState<SetAside[]>([]);
  const [message, setMessage] = useState('');
  const refresh = () => setList(setAsideEntries(setAsideKeys()));
  // Values are set aside as the stores load, which is after this list first renders: a notice
  // about a damaged value is the cue to look again.
  const notices = useStored($notices, []);
  useEffect(refresh, [notices]);
  if (!list.length && !message) return null;

  // The console's keys and results live outside 我的's data: they go back into their own stores.
  const restoreConsoleStore = async (e: SetAside, raw: string) => {
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      return setMessage('另存的内容已经不是有效数据，无法恢复；可以下载后交给管理员');
    }
    const n = await import('./restoreConsoleStores.ts').then(
      (m) => m.restoreConsoleStore(e.name, value),
      () => null,
    );
    if (n === null) return setMessage('没能恢复（离线且没有缓存）：联网后再试。');
    dropSetAside(e.key);
    refresh();
    setMessage(`已把「${e.label}」恢复回来：${n} 条${e.name === 'trainer' ? '出卷密钥' : '考核结果'}重新可用。`);
  };
  const restore = (e: SetAside) => {
    const raw = readSetAside(e.key);
    if (raw !== null && (CONSOLE_STORES as readonly string[]).includes(e.name)) return void restoreConsoleStore(e, raw);
    const r = raw === null ? { error: '另存的记录已经不在了' } : restoreSetAside(all, e.name, raw);
    if ('error' in r) return setMessage(r.error);
    replaceAll(r.data);
    dropSetAside(e.key);
    refresh();
    setMessage(`已把「${e.label}」里还能用的记录合并回来${r.dropped ? `；${r.dropped} 条确实已损坏，没有恢复` : ''}。`);
  };
  const remove = (e: SetAside) => {
    dropSetAside(e.key);
    refresh();
    setMessage(`已删除另存的「${e.label}」。`);
  };

  return (
    <section aria-labelledby="me-set-aside">
      <h2 id="me-set-aside">另存的记录</h2>
      {list.length > 0 && <p>这些记录读取时发现有损坏，已经另存起来，没有删除。「恢复」会把其中还能用的记录合并回来。</p>}
      {list.length > 0 && (
        <ul class="set-aside" data-set-aside>
          {list.map((e) => (
            <li key={e.key}>
              <span>
                「{e.label}」，{fmt(e.at)} 另存
              </span>{' '}
              {e.restorable && (
                <button type="button" class="button" onClick={() => restore(e)}>
                  恢复
                </button>
              )}{' '}
              <SaveFile name={`另存的记录-${e.name}-${e.at}.json`} text={() => readSetAside(e.key) ?? ''} type="application/json" label="下载" />{' '}
              <button type="button" class="button" onClick={() => remove(e)}>
                删除
              </button>
            </li>
          ))}
        </ul>
      )}
      <p role="status" aria-live="polite">
        {message}
      </p>
    </section>
  );
}
