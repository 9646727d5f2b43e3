/**
 * The folders of content/ and what each holds: Astro's collections (src/content.config.ts), the
 * reader the checks use (read-content.ts) and the shape it reads into (RawContent) all follow
 * this one list, so a new kind of content is one line here and its schema.
 */
import type { z } from 'astro/zod';
import { checklistSchema } from './checklist.ts';
import { daySchema } from './day.ts';
import { drillSchema } from './drill.ts';
import { emergencySchema } from './emergency.ts';
import { examSchema } from './exam.ts';
import { handbookSchema } from './handbook.ts';
import { quizBankSchema } from './quiz.ts';
import { roleSchema } from './role.ts';

/** content/<name>/: one entry per file, MDX pages (frontmatter + body) or YAML data. */
export const contentFolders = {
  handbook: { kind: 'mdx', schema: handbookSchema },
  emergencies: { kind: 'mdx', schema: emergencySchema },
  roles: { kind: 'mdx', schema: roleSchema },
  day: { kind: 'mdx', schema: daySchema },
  quizzes: { kind: 'yaml', schema: quizBankSchema },
  drills: { kind: 'yaml', schema: drillSchema },
  checklists: { kind: 'yaml', schema: checklistSchema },
  exams: { kind: 'yaml', schema: examSchema },
} as const;
export type FolderName = keyof typeof contentFolders;
export const folderNames = Object.keys(contentFolders) as FolderName[];
/** an entry of a folder once its schema has passed it */
export type FolderData<K extends FolderName> = z.output<(typeof contentFolders)[K]['schema']>;

/**
 * The single files in content/: each is read whole and has a collection of its own shape (see
 * content.config.ts). content/projects/ holds one file per project; a build reads only the
 * chosen one (project-file.ts), so it is not a collection.
 */
export const contentFiles = { site: 'site.yaml', aliases: 'aliases.yaml', sources: 'sources.yaml' } as const;
export type FileName = keyof typeof contentFiles;

export interface RawEntry {
  /** collection id: "cleaning/garbage-retention", "fire", "steward" … */
  id: string;
  /** path relative to the project root, for messages */
  file: string;
  data: unknown;
  /** MDX body, where there is one */
  body?: string;
}

/** content/ as read from disk, before any schema: what the checks take. */
export type RawContent = { [K in FolderName]: RawEntry[] } & { [K in FileName]: RawEntry } & {
  /** pages that are not content (/, /train/, /assess/ …): paths with their trailing slash */
  staticRoutes?: string[];
  /** content/projects/*.yaml: one per project (小区, 写字楼…) */
  projects?: RawEntry[];
};
