// Which folder holds a project's deployable build, whether it can be served as it is, and how a
// new build replaces it: built beside it and moved into place only when every step succeeded, so a
// failed build never leaves a half-written or another project's site where this one's belongs.
import { existsSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * dist/ for the bundled demo (npm start, npm test), dist-projects/<id>/ for every other project;
 * OUT_DIR overrides (PROJECTS_OUT moves dist-projects/).
 * @param {{ id: string }} choice the project being built (src/schemas/project-file.ts)
 * @param {Record<string, string | undefined>} env
 */
export function outDirFor(choice, env) {
  if (env.OUT_DIR) return env.OUT_DIR;
  if (!env.PROJECT_FILE && (!env.PROJECT || env.PROJECT === 'demo')) return 'dist';
  return join(env.PROJECTS_OUT ?? 'dist-projects', choice.id);
}

/**
 * Astro's cache folder for a build into `outDir`: one per output folder, because npm test builds
 * two projects at once, and two builds writing one content store read each other's half-written file.
 * @param {string | undefined} outDir
 */
export const cacheDirFor = (outDir) => (outDir ? join('node_modules', '.astro', outDir.replace(/[^\w.-]+/g, '_')) : join('node_modules', '.astro'));

/**
 * The project file a folder was built from ('' when none is recorded) and when (0: no build).
 * @param {string} dir
 */
export function folderState(dir) {
  const index = join(dir, 'index.html');
  const marker = join(dir, '.project');
  return { built: existsSync(index) ? statSync(index).mtimeMs : 0, holds: existsSync(marker) ? readFileSync(marker, 'utf8') : '' };
}

/**
 * @param {{ built: number, sources: number, holds: string, wanted: string, dir?: string }} s
 *   built: the folder's index.html time (0: none); sources: newest source file's time;
 *   holds: the project file the folder was built from ('' when not recorded); wanted: the one asked for
 * @returns {string | undefined} why to build, in the words npm start prints
 */
export function buildReason({ built, sources, holds, wanted, dir = 'dist' }) {
  if (!built) return `${dir}/ 里还没有这个项目的构建，先构建…`;
  if (holds !== wanted) return `${dir}/ 里是另一个项目的构建，按 ${wanted} 重新构建…`;
  if (built < sources) return '内容有更新，重新构建…';
  return undefined;
}

/** @param {number} ms */
const when = (ms) => new Date(ms).toLocaleString('zh-CN', { hour12: false });

/**
 * What a failed build leaves, said so nobody deploys the wrong thing.
 * @param {{ dir: string, wanted: string, built: number, holds: string, root?: string }} s
 */
export function failureNote({ dir, wanted, built, holds, root = process.cwd() }) {
  /** @param {string} abs */
  const name = (abs) => {
    const rel = relative(root, abs);
    return rel && !rel.startsWith('..') ? rel : abs;
  };
  if (!built) return `构建失败：${dir}/ 里没有可部署的网站（${name(wanted)} 还没有成功构建过）。`;
  if (holds === wanted) return `构建失败：${dir}/ 没有改动，里面仍是 ${name(wanted)} 上一次成功的构建（${when(built)}），不含这次的修改。`;
  return `构建失败：${dir}/ 没有改动，里面是${holds ? ` ${name(holds)} ` : '另一个项目'}的构建（${when(built)}），不是 ${name(wanted)} 的，不要部署。`;
}

/**
 * The finished build takes the folder's place; the old one goes only once the new one is there.
 * @param {string} from
 * @param {string} to
 */
export function replaceFolder(from, to) {
  const old = `${to}.old`;
  rmSync(old, { recursive: true, force: true });
  if (existsSync(to)) renameSync(to, old);
  renameSync(from, to);
  rmSync(old, { recursive: true, force: true });
}
