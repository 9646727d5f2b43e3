// npm run build: `astro build` for the chosen project (PROJECT / PROJECT_FILE; the demo by
// default), into a folder of its own that only a finished build replaces. Everything that makes the
// product — finished HTML, the Pagefind index, the offline worker — runs inside Astro's build
// (src/integrations/finish-site.ts), so a plain `astro build` makes the same site.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { chosenProject } from '../src/schemas/project-file.ts';
import { failureNote, folderState, outDirFor, replaceFolder } from './dist-state.mjs';

const choice = chosenProject(process.cwd());
// The project's deployable folder (dist/ for the demo, dist-projects/<id>/ otherwise) is only
// replaced by a build that finished: until then it keeps its last good build.
const target = outDirFor(choice, process.env);
const out = `${target}.building`;
rmSync(out, { recursive: true, force: true });
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: out };
const t0 = Date.now();
let finished = false;
// A failed step has printed why (its stack trace adds nothing); this script's own errors have not.
process.on('uncaughtException', (e) => {
  if (!(e && typeof e === 'object' && 'status' in e)) console.error(e);
  process.exit(1);
});
process.on('exit', () => {
  if (finished) return;
  rmSync(out, { recursive: true, force: true });
  console.error(`\n${failureNote({ dir: target, wanted: choice.abs, ...folderState(target) })}`);
});
execFileSync('astro', ['build'], { stdio: 'inherit', env });
replaceFolder(out, target);
finished = true;
console.log(`构建完成：${target}/，用时 ${((Date.now() - t0) / 1000).toFixed(1)} 秒`);
