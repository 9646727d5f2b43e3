/**
 * Saving text as a file where the browser can; elsewhere (WeChat drops or re-encodes downloads)
 * the same button shows the text to copy instead, with how to get a real browser.
 */
import { useEffect, useState } from 'preact/hooks';
import { canDownload } from '../../lib/can.ts';
import { useCan } from '../useCan.ts';
import { downloadFile } from '../download.ts';

/** The fallback panels load when first opened: most browsers can save and never need them. */
export const loadFallbacks = () => import('./SaveFallback.tsx');
type Fallbacks = Awaited<ReturnType<typeof loadFallbacks>>;

/** The panels' module once asked for; `false` when it could not load (offline without a cache). */
export function useFallbacks(wanted: boolean): Fallbacks | false | null {
  const [m, setM] = useState<Fallbacks | false | null>(null);
  useEffect(() => {
    if (wanted && !m) loadFallbacks().then(setM, () => setM(false));
  }, [wanted]);
  return m;
}

interface Props {
  name: string;
  /** made when pressed: a large export is not built on every render */
  text: () => string;
  /** the file's content where it differs from the text shown to copy (a backup file carries photos) */
  file?: () => Promise<string>;
  type: string;
  label: string;
  onSaved?: () => void;
}

export function SaveFile({ name, text, file, type, label, onSaved }: Props) {
  const can = useCan(canDownload);
  const [shown, setShown] = useState<string | null>(null);
  const panel = useFallbacks(shown !== null);
  if (can === null) return null;
  if (can)
    return (
      <button
        type="button"
        class="button"
        onClick={() => {
          void (file ? file() : Promise.resolve(text())).then((t) => {
            downloadFile(name, t, type);
            onSaved?.();
          });
        }}
      >
        {label}
      </button>
    );
  return (
    <>
      <button
        type="button"
        class="button"
        aria-expanded={shown !== null}
        onClick={() => {
          setShown(shown === null ? text() : null);
          onSaved?.();
        }}
        data-save-fallback
      >
        {label}（复制文字）
      </button>
      {shown !== null && (panel ? <panel.SaveFallback text={shown} label={label} /> : <p class="muted">{panel === false ? '没能打开：请联网后再试。' : '正在打开…'}</p>)}
    </>
  );
}
