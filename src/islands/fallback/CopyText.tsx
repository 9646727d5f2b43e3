/**
 * Text to take elsewhere: always shown in a box that selects itself when touched (long-press →
 * 复制 works in every browser), and a 复制 button that, where the page may not write the
 * clipboard, selects the text and says to long-press it instead.
 */
import '../../styles/fallback.css';
import { useRef, useState } from 'preact/hooks';

interface Props {
  text: string;
  label: string;
  rows?: number;
  copyLabel?: string;
  /** data-* attributes for the box, so pages and tests can find a particular code */
  attrs?: Record<string, string>;
}

export function CopyText({ text, label, rows = 4, copyLabel = '复制', attrs }: Props) {
  const box = useRef<HTMLTextAreaElement>(null);
  const [said, setSaid] = useState('');
  const select = () => {
    box.current?.focus();
    box.current?.select();
  };
  const copy = async () => {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setSaid('已复制，可以粘贴到微信里发给自己或培训师。');
    } catch {
      select();
      setSaid('这个浏览器不让网页复制：文字已选中，长按选「复制」。');
    }
  };
  return (
    <div class="copy-text">
      <label class="field">
        <span>{label}</span>
        <textarea ref={box} readOnly rows={rows} class="code" value={text} onFocus={select} data-copy-text {...attrs} />
      </label>
      <button type="button" class="button" onClick={copy}>
        {copyLabel}
      </button>
      <p role="status" aria-live="polite" class="muted">
        {said}
      </p>
    </div>
  );
}
