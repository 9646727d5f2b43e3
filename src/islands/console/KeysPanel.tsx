/**
 * 同事的出卷密钥, folded: most days a trainer only collects results, so the key form loads the
 * first time the panel is opened, not with the console.
 */
import { useState } from 'preact/hooks';
import { useLazy } from '../useLazy.ts';

const loadKeys = () => import('./TrustedKeys.tsx');

export function KeysPanel() {
  const [open, setOpen] = useState(false);
  const keys = useLazy(loadKeys, open);
  const Trusted = keys.value?.TrustedKeys;
  return (
    <details class="keys-panel" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>同事的出卷密钥</summary>
      {Trusted ? <Trusted /> : keys.failed ? <p class="notice">没能打开：联网后再试。</p> : open ? <p role="status">正在打开…</p> : null}
    </details>
  );
}
