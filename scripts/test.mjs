// npm test: the fast checks first (types, lint, unit), so a mistake fails in seconds; then the
// builds, the checks that read the built site, and the browser tests against it. Steps that use
// one core each (tsc, ESLint, a build) run two at a time on the two cores; each step's output is
// printed whole when it ends, with how long it took, so a slow or failing step is easy to find.
import { spawn } from 'node:child_process';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: process.stdout.isTTY ? '1' : '0' };
/** @type {string[]} */
const times = [];

/** @typedef {{ label: string, cmd: string, extraEnv?: Record<string, string>, live?: boolean }} Step */

/**
 * Runs one command, its output kept until it ends (printed as it comes when `live`).
 * @param {Step} step
 * @returns {Promise<boolean>}
 */
function run({ label, cmd, extraEnv = {}, live = false }) {
  const t = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, { shell: true, env: { ...env, ...extraEnv }, stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout?.on('data', (b) => (out += b));
    child.stderr?.on('data', (b) => (out += b));
    child.on('close', (code) => {
      const secs = Math.round((Date.now() - t) / 1000);
      times.push(`${label} ${secs} 秒`);
      if (!live) process.stdout.write(`\n== ${label}（${secs} 秒）==\n${code ? out : out.split('\n').slice(-12).join('\n')}\n`);
      resolve(code === 0);
    });
  });
}

/**
 * Runs the steps two at a time; stops after the group if any failed.
 * @param {...Step} steps
 */
async function together(...steps) {
  const queue = [...steps];
  /** @type {boolean[]} */
  const results = [];
  const lane = async () => {
    for (let s = queue.shift(); s; s = queue.shift()) results.push(await run(s));
  };
  await Promise.all([lane(), lane()]);
  if (results.includes(false)) finish(false);
}
/**
 * A step with the whole machine to itself, its output shown as it runs.
 * @param {string} label
 * @param {string} cmd
 * @param {Record<string, string>} [extraEnv]
 */
async function alone(label, cmd, extraEnv) {
  console.log(`\n== ${label} ==`);
  if (!(await run({ label, cmd, extraEnv, live: true }))) finish(false);
}

const t0 = Date.now();
/** @param {boolean} ok */
function finish(ok) {
  console.log(`\n${times.join('，')}`);
  if (!ok) {
    console.error('\n测试未通过（见上面失败的一步）');
    process.exit(1);
  }
  console.log(`全部测试通过，用时 ${Math.round((Date.now() - t0) / 1000)} 秒`);
}

// Astro writes the content collections' types that tsc reads.
await alone('Astro 类型', 'astro sync');
await together(
  { label: '类型检查', cmd: 'tsc --noEmit' },
  { label: '脚本类型检查', cmd: 'tsc -p tsconfig.scripts.json' },
  { label: '代码规范', cmd: 'eslint .' },
  { label: '格式', cmd: 'prettier --check . --log-level warn' },
);
await alone('单元测试', 'vitest run --project unit');
// Three projects prove pages follow the project: the demo, the office example, and a fully filled
// project (a test fixture) that must pass the launch check and carry no demo notice. Each build
// gets its own Astro cache folder, so two at once do not write over each other's.
await together(
  { label: '构建', cmd: 'node scripts/build.mjs' },
  { label: '构建其他项目', cmd: 'node scripts/build-all.mjs demo-office' },
  { label: '构建一个真实项目', cmd: 'node scripts/build.mjs', extraEnv: { PROJECT_FILE: 'test/fixtures/projects/ready.yaml', OUT_DIR: 'dist-projects/ready' } },
  // .astro files too (props, imports, templates)
  { label: 'Astro 检查', cmd: 'astro check --minimumSeverity warning' },
);
await alone('构建结果检查', 'vitest run --project built');
await alone('浏览器', 'node scripts/ensure-browser.mjs');
await alone('端到端测试', 'playwright test');
finish(true);
