import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readContent } from '../schemas/read-content.ts';
import { scanPasted } from '../schemas/paste-scan.ts';
import { launchGaps } from '../schemas/launch-check.ts';
import { chosenProject, readProject } from '../schemas/project-file.ts';
import { siteSchema } from '../schemas/site.ts';
import { checkProject, formatIssue, validateContent } from '../schemas/validate.ts';

/**
 * Runs the full content validation (schemas + cross-references) before Astro builds anything.
 * Astro's own loaders only log a YAML file they cannot read; this makes any bad content fail the
 * build with the file and field named.
 */
export default function contentGuard(): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        const { raw, issues } = readContent(root);
        const pasted = scanPasted(root);
        if (pasted === null) logger.warn('没有找到公司资料原文（../shared/seeds），跳过照抄检查');
        // The project being built: readable, consistent with the company's contacts and posts; and
        // a real one (not a demo) must also pass the launch check, or it does not build.
        const choice = chosenProject(root);
        const project = readProject(choice);
        const site = siteSchema.safeParse(raw.site.data);
        const projectIssues = project.data ? checkProject({ id: choice.id, file: choice.file, data: project.data }, site.success ? site.data : undefined) : project.issues;
        const gaps = project.data && !project.data.demo && site.success && command === 'build' ? launchGaps(raw, site.data, choice.file, project.data) : [];
        // (a project inside content/projects/ is also checked with the rest: each problem once)
        const all = [...new Map([...issues, ...validateContent(raw), ...(pasted ?? []), ...projectIssues, ...gaps].map((i) => [formatIssue(i), i])).values()];
        if (project.data) logger.info(`项目：${project.data.name}（${choice.file}${project.data.demo ? '，示例数据' : ''}）`);
        if (!all.length) return;
        const text = `内容校验未通过（${all.length} 处）：\n` + all.map((i) => '  ' + formatIssue(i)).join('\n');
        if (command === 'build') throw new Error(text);
        logger.error(text);
      },
    },
  };
}
