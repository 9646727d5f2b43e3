/**
 * Which project a build is for, and reading its file (Node only). PROJECT=<id> picks
 * content/projects/<id>.yaml; PROJECT_FILE=<path> picks a file kept elsewhere. With neither, the
 * bundled demo project, so `npm start` works on a fresh clone.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, isAbsolute, join, relative, sep } from 'node:path';
import { projectSchema, type ProjectData } from './project.ts';
import type { ContentIssue } from './issue.ts';
import './issue.ts';
import { parseYamlText, yamlProblemText } from './yaml-text.ts';

export const DEFAULT_PROJECT = 'demo';

export interface ProjectChoice {
  id: string;
  /** path relative to the root when inside it, for messages */
  file: string;
  abs: string;
}

export function chosenProject(root: string, env: Record<string, string | undefined> = process.env): ProjectChoice {
  if (env.PROJECT_FILE) {
    const abs = isAbsolute(env.PROJECT_FILE) ? env.PROJECT_FILE : join(root, env.PROJECT_FILE);
    return { id: basename(abs).replace(/\.ya?ml$/, ''), file: relative(root, abs).split(sep).join('/'), abs };
  }
  const id = env.PROJECT || DEFAULT_PROJECT;
  const file = `content/projects/${id}.yaml`;
  return { id, file, abs: join(root, file) };
}

export function listProjects(root: string): string[] {
  const dir = join(root, 'content', 'projects');
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
        .map((f) => f.slice(0, -5))
        .sort()
    : [];
}

/** The project's data, or the problems that stop it being read, each with file and field. */
export function readProject(choice: ProjectChoice): { data?: ProjectData; issues: ContentIssue[] } {
  if (!existsSync(choice.abs)) return { issues: [{ file: choice.file, field: '', message: `没有这个项目文件（项目「${choice.id}」）：项目放在 content/projects/<项目>.yaml` }] };
  const yaml = parseYamlText(readFileSync(choice.abs, 'utf8'));
  if (yaml.problem) return { issues: [{ file: choice.file, field: '', message: yamlProblemText(yaml.problem) }] };
  const r = projectSchema.safeParse(yaml.data);
  if (r.success) return { data: r.data, issues: [] };
  return { issues: r.error.issues.map((i) => ({ file: choice.file, field: i.path.map(String).join('.'), message: i.message })) };
}
