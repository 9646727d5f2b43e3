/**
 * Reads the content folder from disk into RawContent for the checks (check-all.ts). Node-only (fs);
 * a file that cannot even be parsed becomes an issue naming the file and line, not a crash.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { contentFiles, contentFolders, folderNames, type FileName, type FolderName, type RawContent, type RawEntry } from './collections.ts';
import type { ContentIssue } from './issue.ts';
import { parseYamlText, yamlProblemText } from './yaml-text.ts';

function walk(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    if (d.name.startsWith('_') || d.name.startsWith('.')) continue;
    const p = join(dir, d.name);
    if (d.isDirectory()) out.push(...walk(p, ext));
    else if (d.name.endsWith(ext)) out.push(p);
  }
  return out.sort();
}

function yamlOf(text: string, file: string, issues: ContentIssue[]): unknown {
  const r = parseYamlText(text, false);
  if (r.problem) issues.push({ file, field: r.problem.line ? `第 ${r.problem.line} 行` : '', message: `YAML 格式错误：${r.problem.message}` });
  return r.data;
}

/** A project file is read as readProject() reads it, so its problem reads the same in every command. */
function projectYamlOf(text: string, file: string, issues: ContentIssue[]): unknown {
  const r = parseYamlText(text);
  if (r.problem) issues.push({ file, field: '', message: yamlProblemText(r.problem) });
  return r.data;
}

/** Pages under src/pages that take no parameter: '/', '/train/', '/assess/console/' … */
export function staticRoutes(root: string): string[] | undefined {
  const dir = join(root, 'src', 'pages');
  if (!existsSync(dir)) return undefined;
  const out: string[] = [];
  const walkPages = (d: string, prefix: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name.includes('[')) continue;
      if (e.isDirectory()) walkPages(join(d, e.name), `${prefix}${e.name}/`);
      else if (e.name === 'index.astro') out.push(prefix);
      else if (e.name.endsWith('.astro') && e.name !== '404.astro') out.push(`${prefix}${e.name.slice(0, -'.astro'.length)}/`);
    }
  };
  walkPages(dir, '/');
  return out.sort();
}

export function splitFrontmatter(source: string): { front: string; body: string } | null {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  return m ? { front: m[1], body: m[2] } : null;
}

export function readContent(root: string, contentDir = 'content'): { raw: RawContent; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const base = join(root, contentDir);
  const rel = (p: string) => relative(root, p).split(sep).join('/');
  const idOf = (dir: string, p: string, ext: string) => relative(dir, p).split(sep).join('/').slice(0, -ext.length);

  // Windows Notepad and some editors save "UTF-8 with BOM"; Astro then misreads the file's start.
  const read = (p: string, file: string) => {
    const text = readFileSync(p, 'utf8');
    if (!text.startsWith('\uFEFF')) return text;
    issues.push({ file, field: '', message: '文件以 BOM（字节顺序标记）开头，构建时读不出文件开头：请在编辑器里另存为「UTF-8」（不带 BOM）' });
    return text.slice(1);
  };
  const mdx = (name: string): RawEntry[] => {
    const dir = join(base, name);
    return walk(dir, '.mdx').map((p) => {
      const file = rel(p);
      const parts = splitFrontmatter(read(p, file));
      if (!parts) {
        issues.push({ file, field: '', message: '文件开头缺少 --- 包围的 frontmatter' });
        return { id: idOf(dir, p, '.mdx'), file, data: undefined, body: '' };
      }
      return { id: idOf(dir, p, '.mdx'), file, data: yamlOf(parts.front, file, issues), body: parts.body };
    });
  };
  const yamls = (name: string, parse = yamlOf): RawEntry[] => {
    const dir = join(base, name);
    return walk(dir, '.yaml').map((p) => ({ id: idOf(dir, p, '.yaml'), file: rel(p), data: parse(read(p, rel(p)), rel(p), issues) }));
  };
  const single = (name: string): RawEntry => {
    const p = join(base, name);
    const file = rel(p);
    if (!existsSync(p)) {
      issues.push({ file, field: '', message: '文件不存在' });
      return { id: name, file, data: undefined };
    }
    return { id: name, file, data: yamlOf(read(p, file), file, issues) };
  };

  const raw: RawContent = {
    staticRoutes: staticRoutes(root),
    ...(Object.fromEntries(Object.entries(contentFiles).map(([name, file]) => [name, single(file)])) as Pick<RawContent, FileName>),
    ...(Object.fromEntries(folderNames.map((name) => [name, contentFolders[name].kind === 'mdx' ? mdx(name) : yamls(name)])) as Pick<RawContent, FolderName>),
    projects: yamls('projects', projectYamlOf),
  };
  return { raw, issues };
}
