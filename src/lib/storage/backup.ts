/**
 * Export everything to one file and import it back. Import never throws: every section is
 * checked on its own, good sections are merged, bad ones are reported and left out.
 */
import { mergeCards, mergeChecklists, mergeDrills, mergeIncidents, mergeProgress, mergeSettings, mergeSittings } from './merge.ts';
import { parsers, type Cards, type Checklists, type Drills, type Incidents, type Progress, type Settings, type Sittings } from './schemas.ts';

import { BACKUP_APP, BACKUP_VERSION, exportSections } from './backup-format.ts';

export { BACKUP_APP, BACKUP_VERSION };

export interface AllData {
  progress: Progress;
  cards: Cards;
  checklists: Checklists;
  drills: Drills;
  settings: Settings;
  /** 现场处置记录; older callers and backups made before it existed have none */
  incidents?: Incidents;
  /** exam sittings on this phone (answers so far, handed-in result codes) */
  exams?: Sittings;
}
export type Section = keyof AllData;
export const SECTIONS: Section[] = ['progress', 'cards', 'checklists', 'drills', 'settings', 'incidents', 'exams'];
export const SECTION_LABEL: Record<Section, string> = {
  progress: '学习进度',
  cards: '应知应会卡',
  checklists: '检查表',
  drills: '演练记录',
  settings: '设置',
  incidents: '现场处置记录',
  exams: '考试记录',
};

export function exportBackup(data: AllData, now = Date.now()): string {
  return exportSections(data, now);
}

export interface ImportResult {
  ok: boolean;
  /** the merged data; equal to the current data when nothing could be imported */
  data: AllData;
  merged: Section[];
  problems: string[];
}

const MAX_BYTES = 5_000_000;

export function importBackup(current: AllData, input: unknown): ImportResult {
  const fail = (msg: string): ImportResult => ({ ok: false, data: current, merged: [], problems: [msg] });
  try {
    let text: string;
    if (typeof input === 'string') text = input;
    else if (input instanceof Uint8Array) text = new TextDecoder('utf-8', { fatal: false }).decode(input);
    else return fail('导入的不是文件内容');
    if (text.length > MAX_BYTES) return fail('文件太大，不像是本站导出的备份');
    let doc: unknown;
    try {
      doc = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      return fail('文件不是本站导出的备份（无法读取 JSON）');
    }
    if (!doc || typeof doc !== 'object' || (doc as { app?: unknown }).app !== BACKUP_APP) return fail('文件不是本站导出的备份（缺少标识）');
    const version = (doc as { version?: unknown }).version;
    if (version !== BACKUP_VERSION) return fail(`备份版本 ${String(version)} 与本站（${BACKUP_VERSION}）不一致，无法导入`);
    const sections = (doc as { data?: unknown }).data;
    if (!sections || typeof sections !== 'object') return fail('备份里没有数据');

    const next: AllData = { ...current };
    const merged: Section[] = [];
    const problems: string[] = [];
    for (const s of SECTIONS) {
      const value = (sections as Record<string, unknown>)[s];
      if (value === undefined) continue;
      const r = parsers[s](value);
      if (!r.ok) {
        problems.push(`「${SECTION_LABEL[s]}」格式不对，已跳过（${r.error}）`);
        continue;
      }
      mergeSection(next, s, r.value);
      merged.push(s);
    }
    return { ok: merged.length > 0, data: next, merged, problems };
  } catch (e) {
    return fail(`导入失败：${e instanceof Error ? e.message : '未知错误'}`);
  }
}

/** Merges one checked section into `next` (in place): what is already there is kept. */
export function mergeSection(next: AllData, s: Section, value: unknown) {
  switch (s) {
    case 'progress':
      next.progress = mergeProgress(next.progress, value as Progress);
      break;
    case 'cards':
      next.cards = mergeCards(next.cards, value as Cards);
      break;
    case 'checklists':
      next.checklists = mergeChecklists(next.checklists, value as Checklists);
      break;
    case 'drills':
      next.drills = mergeDrills(next.drills, value as Drills);
      break;
    case 'settings':
      next.settings = mergeSettings(next.settings, value as Settings);
      break;
    case 'incidents':
      next.incidents = mergeIncidents(next.incidents ?? {}, value as Incidents);
      break;
    case 'exams':
      next.exams = mergeSittings(next.exams ?? {}, value as Sittings);
      break;
  }
}
