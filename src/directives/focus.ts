import type { ClientDirective } from 'astro';

/**
 * Hydrates on first focus or touch inside the island. Pages stay JavaScript-free for the many
 * visits that never use search; the island's own markup works as a plain form until then.
 */
const focus: ClientDirective = (load, _options, el) => {
  const events = ['focusin', 'pointerdown'] as const;
  let started = false;
  const go = async () => {
    if (started) return;
    started = true;
    for (const e of events) el.removeEventListener(e, go);
    const hydrate = await load();
    await hydrate();
  };
  for (const e of events) el.addEventListener(e, go);
  // Already focused before the directive ran (e.g. autofocus or a fast tap).
  if (el.contains(document.activeElement)) void go();
};
export default focus;
