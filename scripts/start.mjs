// npm start: build when dist/ is missing or older than the sources, then serve it on :4321.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chosenProject } from '../src/schemas/project-file.ts';
import { buildReason } from './dist-state.mjs';

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
// dist/ may hold another project's build (PROJECT=x after the demo, or after npm test)
const wanted = chosenProject(process.cwd()).abs;
const holds = existsSync('dist/.project') ? readFileSync('dist/.project', 'utf8') : '';
const why = buildReason({ built, sources, holds, wanted });
if (why) {
  console.log(why);
  execSync('node scripts/build.mjs', { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
}
await import('./serve.mjs');
