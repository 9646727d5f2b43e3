// npm start: build when the project's folder (dist/ for the demo, dist-projects/<id>/ for
// PROJECT=<id>) is missing, holds another project or is older than the sources; then serve it on :4321.
import { execSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chosenProject } from '../src/schemas/project-file.ts';
import { buildReason, folderState, outDirFor } from './dist-state.mjs';

/** @param {string} dir @returns {number} the newest file's time (ms) */
function newest(dir) {
  let t = 0;
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, d.name);
    t = Math.max(t, d.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}
const choice = chosenProject(process.cwd());
const dir = outDirFor(choice, process.env);
const sources = Math.max(...['src', 'content', 'public'].map(newest), statSync('astro.config.mjs').mtimeMs, statSync(choice.abs, { throwIfNoEntry: false })?.mtimeMs ?? 0);
const why = buildReason({ ...folderState(dir), sources, wanted: choice.abs, dir });
if (why) {
  console.log(why);
  try {
    execSync('node scripts/build.mjs', { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  } catch {
    // the build said why, and what the folder still holds
    process.exit(1);
  }
}
process.env.DIST_DIR = dir;
await import('./serve.mjs');
