// npm test: unit tests, then a fresh build, then the end-to-end tests against the built site.
import { execSync } from 'node:child_process';

const step = (label, cmd, env = {}) => {
  console.log(`\n== ${label} ==`);
  execSync(cmd, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
};
const t0 = Date.now();
try {
  step('单元测试', 'vitest run');
  step('构建', 'node scripts/build.mjs');
  // Two more projects prove pages follow the project: the office example, and a fully filled
  // project (a test fixture) that must pass the launch check and carry no demo notice.
  step('构建其他项目', 'node scripts/build-all.mjs demo-office');
  step('构建一个真实项目', 'node scripts/build.mjs', { PROJECT_FILE: 'test/fixtures/projects/ready.yaml', OUT_DIR: 'dist-projects/ready' });
  step('类型检查', 'tsc --noEmit');
  // .astro files too (props, imports, templates)
  step('Astro 检查', 'astro check --minimumSeverity warning');
  step('浏览器', 'node scripts/ensure-browser.mjs');
  step('端到端测试', 'playwright test');
} catch {
  process.exit(1);
}
console.log(`\n全部测试通过，用时 ${Math.round((Date.now() - t0) / 1000)} 秒`);
