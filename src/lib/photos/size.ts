/**
 * Photos as evidence, kept small: a phone camera's 4000×3000 picture (3–5 MB) is scaled down to at
 * most 1280 px on its long side and saved as a JPEG of about 150 KB, enough to read a meter, a
 * crack or a number plate. A per-phone budget keeps photos from filling the browser's storage;
 * the person is warned before it is full.
 */
export const MAX_SIDE = 1280;
/** JPEG qualities tried in turn until the picture fits TARGET_BYTES (the last one is kept regardless). */
export const QUALITIES = [0.72, 0.6, 0.5, 0.4];
export const TARGET_BYTES = 180 * 1024;
/** What photos may take on one phone, all records together. */
export const BUDGET_BYTES = 60 * 1024 * 1024;
/** Warn from this share of the budget on. */
export const WARN_SHARE = 0.8;

/** The size a picture is scaled to: long side at most `max`, proportions kept, never enlarged. */
export function fitWithin(width: number, height: number, max = MAX_SIDE): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height, 1));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export type BudgetState = { state: 'ok' | 'warn' | 'full'; text: string };

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** What the photo budget says after adding `next` bytes to `used`. */
export function budgetState(used: number, next = 0, budget = BUDGET_BYTES): BudgetState {
  const after = used + next;
  if (after > budget) return { state: 'full', text: `照片已占用 ${mb(used)}，到了这台手机给照片留的 ${mb(budget)}：这张没有存。请先把旧记录导出备份，再删掉不需要的照片。` };
  if (after >= budget * WARN_SHARE) return { state: 'warn', text: `照片已占用 ${mb(after)}（上限 ${mb(budget)}）：快满了，请尽快导出备份并删掉不需要的照片。` };
  return { state: 'ok', text: `照片已占用 ${mb(after)}（上限 ${mb(budget)}）` };
}

/** A new photo's id: unique on this phone, sortable by time. */
export const newPhotoId = (now: number, rand = Math.random) => `p-${now.toString(36)}-${Math.floor(rand() * 36 ** 5).toString(36)}`;
