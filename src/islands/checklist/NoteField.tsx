/**
 * A checklist item's note. What is being typed belongs to the person typing: it is saved as it is
 * typed, and a store refresh (the periodic period check, another tab's save) never replaces the
 * text while the field has focus.
 */
import { useEffect, useState } from 'preact/hooks';

export function NoteField({ label, stored, onSave }: { label: string; stored: string; onSave: (note: string) => void }) {
  const [draft, setDraft] = useState(stored);
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (!editing) setDraft(stored);
  }, [stored, editing]);
  return (
    <label class="note">
      <span class="visually-hidden">备注：{label}</span>
      <input
        type="text"
        placeholder="备注（可不填）"
        value={draft}
        maxLength={500}
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
