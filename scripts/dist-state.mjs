// Whether dist/ can be served as it is for the project asked for, or why it must be built first.
/**
 * @param {{ built: number, sources: number, holds: string, wanted: string }} s
 *   built: dist/index.html's time (0: none); sources: newest source file's time;
 *   holds: the project file dist/ was built from ('' when not recorded); wanted: the one asked for
 * @returns {string | undefined} why to build, in the words npm start prints
 */
export function buildReason({ built, sources, holds, wanted }) {
  if (!built) return '第一次启动，先构建…';
  if (holds !== wanted) return `dist/ 里是另一个项目的构建，按 ${wanted} 重新构建…`;
  if (built < sources) return '内容有更新，重新构建…';
  return undefined;
}
