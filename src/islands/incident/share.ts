/** Sharing a record as text: the phone's share sheet when it has one, the clipboard otherwise. */
export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

export async function shareText(title: string, text: string): Promise<ShareOutcome> {
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ title, text });
      return 'shared';
    } catch (e) {
      if ((e as Error)?.name === 'AbortError') return 'cancelled';
      // a share sheet that refuses (no target app, not allowed here) falls back to copying
    }
  }
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'failed';
  }
}
