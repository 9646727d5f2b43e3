/**
 * 导入名单: a CSV from HR (UTF-8 or GBK, columns in any order) read and shown before it is kept:
 * how many people, each bad row with its reason, the first rows as they will be kept.
 */
import { useState } from 'preact/hooks';
import { decodeCsvBytes } from '../../lib/roster/csv.ts';
import { applyRoster, COLUMN_LABEL, readRoster, type RosterRead } from '../../lib/roster/parse.ts';
import { roster } from '../../stores/roster.ts';

const PREVIEW = 10;

export function RosterImport({ roleNames, roles, have }: { roleNames: Record<string, string>; roles: Record<string, string>; have: number }) {
  const [read, setRead] = useState<(RosterRead & { file: string; encoding: string }) | null>(null);
  const [said, setSaid] = useState('');

  const onFile = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const f = input.files?.[0];
    input.value = '';
    if (!f) return;
    setSaid('');
    const { text, encoding } = decodeCsvBytes(new Uint8Array(await f.arrayBuffer()));
    setRead({ ...readRoster(text, roleNames), file: f.name, encoding });
  };
  const keep = (mode: 'replace' | 'merge') => {
    if (!read) return;
    let r!: ReturnType<typeof applyRoster>;
    roster.update((cur) => {
      r = applyRoster(cur.people, read.people, mode);
      return { ...cur, people: r.people, updatedAt: Date.now() };
    });
    setSaid(mode === 'replace' ? `名单已换成「${read.file}」：${r.people.length} 人。` : `已合并：新增 ${r.added} 人，更新 ${r.updated} 人，名单共 ${r.people.length} 人。`);
    setRead(null);
  };
  const bad = read?.lines.filter((l) => l.error) ?? [];
  const notes = read?.lines.filter((l) => l.note) ?? [];

  return (
    <div class="roster-import">
      <p class="hint">从 Excel 另存为 CSV（UTF-8 或普通 CSV 都行）。表头要有 姓名、岗位，最好还有 工号、项目、入职日期，顺序不限。</p>
      <label class="button">
        {have ? '导入新名单（CSV）' : '导入名单（CSV）'}
        <input type="file" accept=".csv,.txt,text/csv,text/plain" class="visually-hidden" onChange={onFile} data-roster-file />
      </label>
      <div role="status" aria-live="polite">
        {said && <p data-roster-said>{said}</p>}
      </div>
      {read && (
        <section class="roster-preview" aria-labelledby="roster-preview-h" data-roster-preview>
          <h3 id="roster-preview-h">
            预览「{read.file}」{read.encoding === 'gbk' ? '（GBK 编码）' : ''}
          </h3>
          {read.error ? (
            <p role="alert" class="notice">
              {read.error}
            </p>
          ) : (
            <>
              <p data-roster-summary>
                可以导入 {read.people.length} 人{bad.length ? `，${bad.length} 行有问题（不导入，改好后再导入一次）` : ''}。
              </p>
              {read.missing.map((m) => (
                <p key={m} class="muted">
                  {m}
                </p>
              ))}
              {bad.length > 0 && (
                <ul class="rejected" data-roster-errors>
                  {bad.map((l) => (
                    <li key={l.line}>{l.error}</li>
                  ))}
                </ul>
              )}
              {notes.map((l) => (
                <p key={l.line} class="muted" data-roster-note>
                  第 {l.line} 行：{l.note}
                </p>
              ))}
              <div class="table-wrap">
                <table class="reflow">
                  <caption class="muted">前 {Math.min(PREVIEW, read.people.length)} 人</caption>
                  <thead>
                    <tr>
                      {(['name', 'number', 'role', 'project', 'joined'] as const).map((c) => (
                        <th key={c} scope="col">
                          {COLUMN_LABEL[c]}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {read.people.slice(0, PREVIEW).map((p, i) => (
                      <tr key={i}>
                        <td data-label="姓名">{p.name}</td>
                        <td data-label="工号">{p.number || '—'}</td>
                        <td data-label="岗位">{roles[p.role] ?? p.role}</td>
                        <td data-label="项目">{p.project || '—'}</td>
                        <td data-label="入职日期">{p.joined ?? '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <div class="actions">
                <button type="button" class="button primary" disabled={!read.people.length} onClick={() => keep('replace')}>
                  {have ? `换成这份名单（${read.people.length} 人）` : `用这份名单（${read.people.length} 人）`}
                </button>
                {have > 0 && (
                  <button type="button" class="button" disabled={!read.people.length} onClick={() => keep('merge')}>
                    合并到原名单（同工号的更新）
                  </button>
                )}
              </div>
            </>
          )}
          <button type="button" class="button" onClick={() => setRead(null)}>
            不导入
          </button>
        </section>
      )}
    </div>
  );
}
