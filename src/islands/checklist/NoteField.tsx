/**
 * A checklist item's note (or its 整改措施). What is being typed belongs to the person typing: it is
 * saved as it is typed, and a store refresh (the periodic period check, another tab's save) never
 * replaces the text while the field has focus.
 */
import { useEffect, useState } from 'preact/hooks';

interface Props {
  /** the item's text, for the field's accessible name */
  label: string;
  stored: string;
  onSave: (text: string) => void;
  /** what the field is: 备注 (default, named by its placeholder only) or 整改措施 (named on screen) */
  what?: string;
  shown?: boolean;
  placeholder?: string;
  id?: string;
  invalid?: boolean;
}

export function NoteField({ label, stored, onSave, what = '备注', shown, placeholder = '备注（可不填）', id, invalid }: Props) {
  const [draft, setDraft] = useState(stored);
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (!editing) setDraft(stored);
  }, [stored, editing]);
  return (
    <label class="note">
      {/* one text node: a nested element would put a space into the accessible name */}
      <span class={shown ? 'note-label' : 'visually-hidden'}>{shown ? what : `${what}：${label}`}</span>
      <input
        type="text"
        id={id}
        placeholder={placeholder}
        value={draft}
        maxLength={500}
        aria-label={shown ? `${what}：${label}` : undefined}
        aria-invalid={invalid || undefined}
        onFocus={() => setEditing(true)}
        onBlur={() => setEditing(false)}
        onInput={(e) => {
          const v = (e.target as HTMLInputElement).value;
          setDraft(v);
          onSave(v);
        }}
      />
    </label>
  );
}
