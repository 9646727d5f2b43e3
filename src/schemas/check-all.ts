/**
 * Every content check, from disk (Node only): the build's guard, `npm run check:content`,
 * `npm run check:launch` and the dev preview's notice all run this, each asking for what it has
 * always checked, so a problem is found by one checker and listed once.
 */
import { launchGaps } from './launch-check.ts';
import type { RawContent } from './collections.ts';
import { checkProject } from './checks/projects.ts';
import type { ContentIssue } from './issue.ts';
import { scanPasted } from './paste-scan.ts';
import { readProject, type ProjectChoice } from './project-file.ts';
import type { ProjectData } from './project.ts';
import { readContent } from './read-content.ts';
import { siteSchema } from './site.ts';
import { validateContent } from './validate.ts';

export interface CheckRun {
  /**
   * content: all of content/, every project in content/projects/ (npm run check:content)
   * build: that, and the chosen project; a real one (not a demo) must also pass the launch check
   * dev: as build, but launch gaps are the page's notice (DemoNotice), not a failure
   * launch: the chosen project alone: its file and what stops it going live (npm run check:launch)
   */
  purpose: 'content' | 'build' | 'dev' | 'launch';
  /** the project being built or checked; needed for build and launch */
  project?: ProjectChoice;
  /** compare content with the company's documents (../shared/seeds) for copied sentences */
  paste?: boolean;
}

export interface CheckResult {
  issues: ContentIssue[];
  raw: RawContent;
  /** the chosen project, where its file could be read */
  project?: ProjectData;
  /** content/site.yaml fails its schema, so the launch check had nothing to check against */
  siteBroken: boolean;
  /** a paste scan was asked for but there are no company documents to compare with */
  noSeeds: boolean;
}

export function checkAll(root: string, run: CheckRun): CheckResult {
  const { raw, issues: readIssues } = readContent(root);
  const site = siteSchema.safeParse(raw.site.data);
  const siteData = site.success ? site.data : undefined;
  const issues: ContentIssue[] = run.purpose === 'launch' ? [] : [...readIssues, ...validateContent(raw)];

  let noSeeds = false;
  if (run.paste) {
    const pasted = scanPasted(root);
    if (pasted) issues.push(...pasted);
    else noSeeds = true;
  }

  const choice = run.project;
  const project = choice && readProject(choice);
  if (choice && project) {
    // A project inside content/projects/ was read and checked with the rest of content.
    const checkedWithContent = run.purpose !== 'launch' && (raw.projects ?? []).some((p) => p.file === choice.file);
    if (!checkedWithContent) issues.push(...(project.data ? checkProject({ id: choice.id, file: choice.file, data: project.data }, siteData) : project.issues));
    const mustLaunch = run.purpose === 'launch' || (run.purpose === 'build' && project.data?.demo === false);
    if (mustLaunch && project.data && siteData) issues.push(...launchGaps(raw, siteData, choice.file, project.data));
  }
  return { issues, raw, project: project?.data, siteBroken: !site.success, noSeeds };
}

/** What check:launch prints for one project, and what the dev preview counts on every page. */
export function launchProblems(root: string, choice: ProjectChoice): { name?: string; problems: ContentIssue[] } | { siteBroken: true } {
  const r = checkAll(root, { purpose: 'launch', project: choice });
  return r.siteBroken ? { siteBroken: true } : { name: r.project?.name, problems: r.issues };
}
