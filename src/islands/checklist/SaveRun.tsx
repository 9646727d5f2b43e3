/**
 * Signing a run off: the tally, every failed item with its note and action, who did it and the
 * supervisor. A failed item without an action stops the save and takes the person to that field.
 */
import { useState } from 'preact/hooks';
import { missingActions, resultOf, tally, type Tick } from '../../lib/checklist.ts';
import { RESULT_LABEL } from '../../lib/labels.ts';
import type { Item } from './CheckItem.tsx';
import { BackupNudge } from '../BackupNudge.tsx';

interface Props {
  list: string;
  items: Item[];
  ticks: Record<string, Tick>;
  signoff: boolean;
  /** the sign-off date to offer: the day the period began */
  defaultDate: string;
  onMissing: (ids: string[]) => void;
  onSave: (by: string, boss?: { name: string; date: string }) => void;
}

export function SaveRun({ list, items, ticks, signoff, defaultDate, onMissing, onSave }: Props) {
  const [by, setBy] = useState('');
  const [boss, setBoss] = useState('');
  const [date, setDate] = useState<string | null>(null);
  const [msg, setMsg] = useState('');
  const ids = items.map((i) => i.id);
  const t = tally(ticks, ids);
  const failed = items.filter((i) => resultOf(ticks[i.id]) === 'fail');

  const save = (e: Event) => {
    e.preventDefault();
    const missing = missingActions(ticks, ids);
    onMissing(missing);
    if (missing.length) {
      const n = ids.indexOf(missing[0]) + 1;
      setMsg(`第 ${n} 项不合格，还没写整改措施：写好再保存。`);
      document.getElementById(`action-${list}-${missing[0]}`)?.focus();
      return;
    }
    if (!by.trim()) return;
    onSave(by.trim(), signoff && boss.trim() ? { name: boss.trim(), date: date ?? defaultDate } : undefined);
    setMsg(`已保存：${by.trim()}，${RESULT_LABEL.pass} ${t.pass} 项、${RESULT_LABEL.fail} ${t.fail} 项、${RESULT_LABEL.na} ${t.na} 项${t.open ? `，未检查 ${t.open} 项` : ''}。`);
    setBoss('');
    setDate(null);
  };

  return (
    <form class="save-run" onSubmit={save} aria-labelledby={`${list}-save`}>
      <h2 id={`${list}-save`}>核对并保存</h2>
      <dl class="stats tally">
        <div class="r-pass">
          <dt>{RESULT_LABEL.pass}</dt>
          <dd>{t.pass}</dd>
        </div>
        <div class="r-fail">
          <dt>{RESULT_LABEL.fail}</dt>
          <dd data-stat="fail">{t.fail}</dd>
        </div>
        <div>
          <dt>{RESULT_LABEL.na}</dt>
          <dd>{t.na}</dd>
        </div>
        <div>
          <dt>未检查</dt>
          <dd>{t.open}</dd>
        </div>
      </dl>
      {failed.length > 0 ? (
        <div class="fail-summary" data-failures>
          <h3>不合格项（{failed.length}）</h3>
          <ol>
            {failed.map((i) => {
              const tk = ticks[i.id];
              return (
                <li key={i.id} value={ids.indexOf(i.id) + 1}>
                  <strong>{i.text}</strong>
                  {tk.note && <p>备注：{tk.note}</p>}
                  <p class={tk.action?.trim() ? '' : 'missing'}>整改措施：{tk.action?.trim() || '（未填写）'}</p>
                </li>
              );
            })}
          </ol>
        </div>
      ) : (
        <p class="muted">没有不合格项。</p>
      )}
      {t.open > 0 && <p class="hint">还有 {t.open} 项没有检查；没检查的项目按「未检查」保存。</p>}
      <label class="field">
        <span>执行人</span>
        <input type="text" required value={by} maxLength={50} onInput={(e) => setBy((e.target as HTMLInputElement).value)} />
      </label>
      {signoff && (
        <fieldset class="signoff">
          <legend>主管签字（可事后补签）</legend>
          <label class="field">
            <span>主管姓名</span>
            <input type="text" value={boss} maxLength={50} onInput={(e) => setBoss((e.target as HTMLInputElement).value)} />
          </label>
          <label class="field">
            <span>日期</span>
            <input type="date" value={date ?? defaultDate} onInput={(e) => setDate((e.target as HTMLInputElement).value)} />
          </label>
        </fieldset>
      )}
      <button type="submit" class="button primary big block">
        保存本次记录
      </button>
      <p role="status" class={msg.startsWith('已保存') ? '' : 'error'}>
        {msg}
      </p>
      {msg.startsWith('已保存') && <BackupNudge />}
    </form>
  );
}
