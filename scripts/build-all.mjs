// npm run build:all — every project in content/projects/, each into its own folder
// (dist-projects/<project>/), ready to upload. A real project that fails the launch check stops
// here with the list of gaps; demo projects build with their 示例数据 notice.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { listProjects } from '../src/schemas/project-file.ts';

const out = process.env.PROJECTS_OUT ?? 'dist-projects';
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const ids = only.length ? only : listProjects(process.cwd());
const times = [];
for (const id of ids) {
  const t = Date.now();
  console.log(`\n== 构建项目 ${id} → ${join(out, id)} ==`);
  try {
    execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit', env: { ...process.env, PROJECT: id, OUT_DIR: join(out, id) } });
  } catch {
    console.error(`项目 ${id} 构建失败（见上面的原因）`);
    process.exit(1);
  }
  times.push([id, (Date.now() - t) / 1000]);
}
console.log('\n全部项目构建完成：');
for (const [id, s] of times) console.log(`  ${id}：${s.toFixed(1)} 秒 → ${join(out, id)}/`);
