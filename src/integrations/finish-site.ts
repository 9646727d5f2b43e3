import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chosenProject } from '../schemas/project-file.ts';
import { finishHtml } from './finish/html.ts';
import { buildOffline } from './finish/offline.ts';
import { indexSearch } from './finish/search-index.ts';

/**
 * What turns Astro's pages into the product, after every other integration has written its files:
 * the finished HTML (finish/html.ts), the Pagefind index and the offline worker with its two
 * tiers. In astro:build:done, so `astro build`, `npm run build` and every project's build make the
 * same site. Keep it last in astro.config.mjs: the policy and the worker read the final files.
 */
export default function finishSite(): AstroIntegration {
  return {
    name: 'wuye:finish-site',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const choice = chosenProject(process.cwd());
        finishHtml(out);
        const pages = await indexSearch(out);
        const offline = await buildOffline(out, choice.abs);
        // Which project this folder holds, for npm start to tell a stale folder from the right one
        // (a dotfile: neither served nor precached).
        writeFileSync(join(out, '.project'), choice.abs);
        const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
        logger.info(
          `搜索索引已建（读了 ${pages} 个页面）；离线缓存：首次打开存 ${offline.shift.files} 个文件（${mb(offline.shift.bytes)} MB），培训内容 ${offline.training.files} 个文件（${mb(offline.training.bytes)} MB）用到时或连 Wi-Fi 空闲时再存`,
        );
      },
    },
  };
}
