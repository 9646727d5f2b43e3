/**
 * A folded part of the console (同事的出卷密钥, 搬考核台, 人员名单): most days a trainer only
 * collects results, so each part's code loads the first time it is opened, not with the console.
 */
import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import { useLazy } from '../useLazy.ts';

interface Props<P> {
  id?: string;
  title: string;
  /** a module-level loader: useLazy runs each loader once per page */
  load: () => Promise<ComponentType<P>>;
  props: P;
}

export function Folded<P>({ id, title, load, props }: Props<P>) {
  const [open, setOpen] = useState(false);
  const part = useLazy(load, open);
  const Part = part.value;
  return (
    <details id={id} class="keys-panel" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{title}</summary>
      {Part ? <Part {...(props as P & object)} /> : part.failed ? <p class="notice">没能打开：联网后再试。</p> : open ? <p role="status">正在打开…</p> : null}
    </details>
  );
}

/** Opens a folded part from elsewhere on the page (a rejected result's way out) and moves there. */
export function unfold(id: string) {
  const d = document.getElementById(id) as HTMLDetailsElement | null;
  if (!d) return;
  d.open = true;
  d.querySelector('summary')?.focus();
}
