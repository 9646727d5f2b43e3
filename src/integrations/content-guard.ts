import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkAll } from '../schemas/check-all.ts';
import { formatIssue } from '../schemas/issue.ts';
import { chosenProject } from '../schemas/project-file.ts';

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
        // The project being built: readable, consistent with the company's contacts and posts; and
        // a real one (not a demo) must also pass the launch check, or it does not build.
        const choice = chosenProject(root);
        const { issues, project, noSeeds } = checkAll(root, { purpose: command === 'build' ? 'build' : 'dev', project: choice, paste: true });
        if (noSeeds) logger.warn('没有找到公司资料原文（../shared/seeds），跳过照抄检查');
        if (project) logger.info(`项目：${project.name}（${choice.file}${project.demo ? '，示例数据' : ''}）`);
        if (!issues.length) return;
        const text = `内容校验未通过（${issues.length} 处）：\n` + issues.map((i) => '  ' + formatIssue(i)).join('\n');
        if (command === 'build') throw new Error(text);
        logger.error(text);
      },
    },
  };
}
