/**
 * The launch check for one project, read from disk (Node only): what `npm run check:launch`
 * prints and what `npm run dev` shows above every page of a real project that cannot go live.
 */
import { launchGaps } from './launch-check.ts';
import { readProject, type ProjectChoice } from './project-file.ts';
import { readContent } from './read-content.ts';
import { siteSchema } from './site.ts';
import { checkProject, type ContentIssue } from './validate.ts';

export function launchProblems(root: string, choice: ProjectChoice): { name?: string; problems: ContentIssue[] } | { siteBroken: true } {
  const { raw } = readContent(root);
  const site = siteSchema.safeParse(raw.site.data);
  if (!site.success) return { siteBroken: true };
  const { data, issues } = readProject(choice);
  if (!data) return { problems: issues };
  return { name: data.name, problems: [...checkProject({ id: choice.id, file: choice.file, data }, site.data), ...launchGaps(raw, site.data, choice.file, data)] };
}
