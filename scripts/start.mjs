// npm start: build when dist/ is missing or older than the sources, then serve it on :4321.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(dir) {
  let t = 0;
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, d.name);
    t = Math.max(t, d.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}
const built = existsSync('dist/index.html') ? statSync('dist/index.html').mtimeMs : 0;
const sources = Math.max(...['src', 'content', 'public'].map(newest), statSync('astro.config.mjs').mtimeMs);
if (built < sources) {
  console.log(built ? '内容有更新，重新构建…' : '第一次启动，先构建…');
  execSync('node scripts/build.mjs', { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
}
await import('./serve.mjs');
