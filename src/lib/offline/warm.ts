/**
 * Whether the service worker may fetch the training material now, judged from the Network
 * Information API where the browser has it. A cellular connection or 省流量 (Save-Data) waits for
 * Wi-Fi; a browser that cannot tell (Safari, Firefox, desktops) is treated as unmetered, since
 * most of those are office PCs and the whole remainder is well under a megabyte.
 * Serialised into the service worker by scripts/build.mjs: it must stay self-contained.
 */
export interface ConnectionLike {
  type?: string;
  saveData?: boolean;
  effectiveType?: string;
}

export function shouldWarm(connection: ConnectionLike | undefined | null): boolean {
  if (!connection) return true;
  if (connection.saveData === true) return false;
  // Android Chrome and WeChat's browser say which network; desktops leave `type` out
  if (typeof connection.type === 'string' && connection.type !== '') return connection.type === 'wifi' || connection.type === 'ethernet';
  return !/(^|-)(2g|3g)$/.test(connection.effectiveType ?? '');
}
