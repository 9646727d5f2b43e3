// npm run build:all — every project in content/projects/ (or those named: npm run build:all -- a b),
// each into its own folder (dist-projects/<project>/), ready to upload. A real project that fails
// the launch check is not built and its folder keeps its last good build; the others still build.
// Demo projects build with their 示例数据 notice.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { listProjects } from '../src/schemas/project-file.ts';

const out = process.env.PROJECTS_OUT ?? 'dist-projects';
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const ids = only.length ? only : listProjects(process.cwd());
/** @type {[id: string, seconds: number][]} */
const times = [];
/** @type {string[]} */
const failed = [];
for (const id of ids) {
  const t = Date.now();
  console.log(`\n== 构建项目 ${id} → ${join(out, id)} ==`);
  try {
    execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit', env: { ...process.env, PROJECT: id, PROJECT_FILE: '', OUT_DIR: join(out, id) } });
    times.push([id, (Date.now() - t) / 1000]);
  } catch {
    failed.push(id);
  }
}
if (times.length) console.log('\n构建完成：');
for (const [id, s] of times) console.log(`  ${id}：${s.toFixed(1)} 秒 → ${join(out, id)}/`);
if (failed.length) {
  console.error(`\n构建失败：${failed.join('、')}（原因和各自文件夹里现在是什么，见上面）`);
  process.exit(1);
}
