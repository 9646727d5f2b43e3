import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readContent } from '../schemas/read-content.ts';
import { scanPasted } from '../schemas/paste-scan.ts';
import { formatIssue, validateContent } from '../schemas/validate.ts';

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
        const { raw, issues } = readContent(fileURLToPath(config.root));
        const root = fileURLToPath(config.root);
        const pasted = scanPasted(root);
        if (pasted === null) logger.warn('没有找到公司资料原文（../shared/seeds），跳过照抄检查');
        const all = [...issues, ...validateContent(raw), ...(pasted ?? [])];
        if (!all.length) return;
        const text = `内容校验未通过（${all.length} 处）：\n` + all.map((i) => '  ' + formatIssue(i)).join('\n');
        if (command === 'build') throw new Error(text);
        logger.error(text);
      },
    },
  };
}
