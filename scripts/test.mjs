// npm test: unit tests, then a fresh build, then the end-to-end tests against the built site.
import { execSync } from 'node:child_process';

const step = (label, cmd) => {
  console.log(`\n== ${label} ==`);
  execSync(cmd, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
};
const t0 = Date.now();
try {
  step('单元测试', 'vitest run');
  step('构建', 'node scripts/build.mjs');
  step('类型检查', 'tsc --noEmit');
  step('浏览器', 'node scripts/ensure-browser.mjs');
  step('端到端测试', 'playwright test');
} catch {
  process.exit(1);
}
console.log(`\n全部测试通过，用时 ${Math.round((Date.now() - t0) / 1000)} 秒`);
