/**
 * What marks a file or code as this site's backup. Apart from backup.ts so that a transfer of one
 * record (lib/transfer.ts, loaded on a tap) does not pull the whole import code into its chunk.
 */
export const BACKUP_APP = 'wuye-handbook';
export const BACKUP_VERSION = 1;

/** A backup of the given sections (all of them, or one run handed to another phone). */
export function exportSections(data: object, now = Date.now()): string {
  return JSON.stringify({ app: BACKUP_APP, version: BACKUP_VERSION, exportedAt: new Date(now).toISOString(), data });
}
