// Astro build, then the Pagefind index over the built pages.
import { execFileSync } from 'node:child_process';
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
const t0 = Date.now();
run('astro', ['build']);
run('pagefind', ['--site', 'dist', '--silent']);
console.log(`构建完成，用时 ${((Date.now() - t0) / 1000).toFixed(1)} 秒`);
