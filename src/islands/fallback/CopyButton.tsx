/**
 * 复制 next to text that is already on screen in a selectable box. It needs no check of its own:
 * where the page may not write the clipboard (some in-app browsers), pressing it says to
 * long-press the box instead, so the button is never dead.
 */
import { useState } from 'preact/hooks';

const MANUAL = '不能自动复制：长按上面的文字选「复制」';

export function CopyButton({ text, label = '复制' }: { text: string; label?: string }) {
  const [said, setSaid] = useState('');
  const copy = () => {
    const write = navigator.clipboard?.writeText?.bind(navigator.clipboard);
    if (!write) return setSaid(MANUAL);
    write(text).then(
      () => setSaid('已复制'),
      () => setSaid(MANUAL),
    );
  };
  return (
    <>
      <button type="button" class="button" onClick={copy}>
        {label}
      </button>
      <span role="status" aria-live="polite" class="muted">
        {said}
      </span>
    </>
  );
}
