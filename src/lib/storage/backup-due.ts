/**
 * When to remind someone to back up: only when there is something to lose, and either no backup
 * was ever made here or the last one is older than a week (a week of training is what a WeChat
 * logout would cost).
 */
import type { AllData } from './backup.ts';

export function hasRecords(d: Partial<AllData>): boolean {
  const p = d.progress;
  return (
    (!!p && (Object.keys(p.quiz).length > 0 || Object.keys(p.reads).length > 0 || Object.keys(p.answers).length > 0)) ||
    Object.keys(d.cards ?? {}).length > 0 ||
    Object.keys(d.checklists ?? {}).length > 0 ||
    Object.keys(d.drills ?? {}).length > 0 ||
    Object.values(d.incidents ?? {}).some((i) => i.deletedAt === undefined) ||
    Object.keys(d.exams ?? {}).length > 0
  );
}

export function backupAgeText(a: BackupAge): string {
  if (a.days === null) return '这台设备上还没有备份过';
  if (a.days === 0) return '今天备份过';
  return `上次备份在 ${a.days} 天前`;
}

export const REMIND_AFTER_DAYS = 7;
const DAY = 86_400_000;

export interface BackupAge {
  /** a reminder is worth showing */
  due: boolean;
  /** whole days since the last backup; null when there has never been one */
  days: number | null;
}

export function backupAge(lastBackupAt: number | undefined, hasData: boolean, now: number): BackupAge {
  const days = lastBackupAt === undefined ? null : Math.max(0, Math.floor((now - lastBackupAt) / DAY));
  return { days, due: hasData && (days === null || days >= REMIND_AFTER_DAYS) };
}
