/**
 * The correction forms of a live run, loaded when first opened (lazy.tsx): a time typed in place,
 * a skip with its reason, a person added.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX, type IncidentPerson } from '../../lib/storage/incidents-schema.ts';
import { parseTimeNear } from '../../lib/incident/dates.ts';
import { hhmm } from '../../lib/incident/time.ts';
import { personText } from '../../lib/incident/text.ts';

interface TimeEditorProps {
  label: string;
  value: number;
  /** why the new time cannot be taken, if it cannot */
  problem: (to: number) => string | undefined;
  onSave: (to: number) => void;
  onCancel: () => void;
  /** more buttons beside 保存 (a stamped step's 撤销完成) */
  children?: ComponentChildren;
}

/** Correcting a time (HH:MM); the caller records the change with the old and new time. */
export function TimeEditor({ label, value, problem, onSave, onCancel, children }: TimeEditorProps) {
  const [text, setText] = useState(hhmm(value));
  const [error, setError] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const save = (e: Event) => {
    e.preventDefault();
    const to = parseTimeNear(text, value);
    const why = to === undefined ? '请填写时间，如 14:05' : problem(to);
    if (why) setError(why);
    else onSave(to!);
  };
  return (
    <form class="time-edit" onSubmit={save}>
      <label class="field">
        <span>{label}</span>
        <input ref={input} type="time" required value={text} onInput={(e) => setText((e.target as HTMLInputElement).value)} />
      </label>
      <p class="form-error" role="alert">
        {error}
      </p>
      <div class="actions">
        <button class="button primary">保存时间</button>
        {children}
        <button type="button" class="button" onClick={onCancel}>
          取消
        </button>
      </div>
    </form>
  );
}

/** Skipping a step needs a reason. */
/** `notNeeded`: a step for one case only, answered 不需要 — its case did not arise, nothing was skipped. */
export function SkipForm({ onSkip, onCancel, notNeeded }: { onSkip: (reason: string) => void; onCancel: () => void; notNeeded?: boolean }) {
  const [reason, setReason] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  return (
    <form
      class="skip-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (reason.trim()) onSkip(reason);
      }}
    >
      <label class="field">
        <span>{notNeeded ? '为什么不需要（必填，如「病人没有不适」）' : '跳过的原因（必填）'}</span>
        <input ref={input} required maxLength={MAX.reason} value={reason} onInput={(e) => setReason((e.target as HTMLInputElement).value)} />
      </label>
      <div class="actions">
        <button class="button primary">{notNeeded ? '确定不需要' : '确定跳过'}</button>
        <button type="button" class="button" onClick={onCancel}>
          取消
        </button>
      </div>
    </form>
  );
}

const EMPTY: IncidentPerson = { name: '', role: '', phone: '' };
const FIELDS = [
  ['name', '姓名', MAX.name, 'text'],
  ['role', '身份（如 被困人员、维保人员）', MAX.name, 'text'],
  ['phone', '电话', MAX.phone, 'tel'],
] as const;

interface PeopleProps {
  people: IncidentPerson[];
  onAdd: (p: IncidentPerson) => void;
  onRemove: (i: number) => void;
  onClose: () => void;
}

/** People involved: the list with a delete button each, and a person added by name, role and phone (free text). */
export function PeopleEditor({ people, onAdd, onRemove, onClose }: PeopleProps) {
  const [draft, setDraft] = useState(EMPTY);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const add = (e: Event) => {
    e.preventDefault();
    if (!draft.name.trim() && !draft.phone.trim()) return;
    onAdd(draft);
    setDraft(EMPTY);
    first.current?.focus();
  };
  return (
    <>
      <ul class="people">
        {people.map((p, i) => (
          <li key={i}>
            <span>{personText(p)}</span>
            <button type="button" class="button" onClick={() => onRemove(i)} aria-label={`删除 ${p.name || p.phone}`}>
              删除
            </button>
          </li>
        ))}
      </ul>
      <form class="person-form" onSubmit={add}>
        {FIELDS.map(([key, label, max, type]) => (
          <label class="field" key={key}>
            <span>{label}</span>
            <input ref={key === 'name' ? first : undefined} type={type} maxLength={max} value={draft[key]} onInput={(e) => setDraft({ ...draft, [key]: (e.target as HTMLInputElement).value })} />
          </label>
        ))}
        <div class="actions">
          <button class="button primary">添加</button>
          <button type="button" class="button" onClick={onClose}>
            完成
          </button>
        </div>
      </form>
    </>
  );
}

/** 结束处置: a last look before the run becomes a record (it can be reopened). */
export function FinishConfirm({ missing, onFinish, onBack }: { missing: number; onFinish: () => void; onBack: () => void }) {
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => yes.current?.focus(), []);
  return (
    <div class="confirm" role="alertdialog" aria-labelledby="run-finish-h">
      <p id="run-finish-h">
        <strong>结束处置，生成记录表？</strong>
        {missing > 0 && `还有 ${missing} 步没有记下时间，记录表上写作「未记录」。`}结束后还可以重新打开。
      </p>
      <div class="actions">
        <button ref={yes} type="button" class="button primary" onClick={onFinish}>
          确定结束
        </button>
        <button type="button" class="button" onClick={onBack}>
          返回处置
        </button>
      </div>
    </div>
  );
}

// Not corrections, but loaded the same way (after the run has shown), so in this chunk:
// 转到另一部手机
export { TransferButton } from '../transfer/TransferButton.tsx';
// 拍照 on a step
export { PhotoList } from '../photos/PhotoList.tsx';
