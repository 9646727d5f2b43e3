// npm run deploy -- <项目> <网站文件夹>
// Builds one project (its launch check included), lists the wall cards to reprint, and puts the
// build into the folder the web server serves (src/lib/deploy/copy.ts: old /_astro/ files stay for
// phones still on the previous version; the worker goes in last). The reprint list is printed and
// written to deploy-reports/<项目>-<日期>.txt.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { deployFolder, filesIn } from '../src/lib/deploy/copy.ts';
import { changedWallCards, isWallCard } from '../src/lib/deploy/reprint.ts';
import { localDate } from '../src/lib/local-date.ts';
import { listProjects } from '../src/schemas/project-file.ts';

const [project, target] = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const projects = listProjects(process.cwd());
if (!project || !target) {
  console.error(`用法：npm run deploy -- <项目> <网站文件夹>\n例如：npm run deploy -- ${projects[0] ?? 'demo'} /srv/wuye/${projects[0] ?? 'demo'}\n项目：${projects.join('、')}`);
  process.exit(1);
}
if (!projects.includes(project)) {
  console.error(`没有项目「${project}」：content/projects/ 里有 ${projects.join('、')}`);
  process.exit(1);
}
const to = resolve(target);
const work = mkdtempSync(join(tmpdir(), `wuye-deploy-${project}-`));
const built = join(work, 'site');
try {
  try {
    execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit', env: { ...process.env, PROJECT: project, OUT_DIR: built } });
  } catch {
    console.error(`\n项目 ${project} 没有构建成功（原因见上面），${to} 没有动过。`);
    process.exit(1);
  }
  const cards = Object.fromEntries(
    filesIn(built)
      .filter(isWallCard)
      .map((f) => [f, readFileSync(join(built, f), 'utf8')]),
  );
  const reprint = changedWallCards((f) => (existsSync(join(to, f)) ? readFileSync(join(to, f), 'utf8') : undefined), cards);
  const firstDeploy = !existsSync(join(to, 'index.html'));
  const r = deployFolder(built, to);
  console.log(`\n已部署项目 ${project} → ${to}：${r.copied} 个文件；删掉 ${r.removed.length} 个已不用的文件；留下 ${r.kept} 个旧的 /_astro/ 文件给还没更新的手机。`);
  const lines = firstDeploy
    ? ['第一次部署：全部上墙版都要打印。', ...reprint.map((c) => `- ${c.title}（/${c.path.replace(/index\.html$/, '')}）`)]
    : reprint.length
      ? [`需要重新打印的上墙版（${reprint.length} 张）：`, ...reprint.map((c) => `- ${c.title}${c.kind === 'new' ? '（新增）' : ''}（/${c.path.replace(/index\.html$/, '')}）`)]
      : ['上墙版没有变化，不用重新打印。'];
  console.log(lines.join('\n'));
  mkdirSync('deploy-reports', { recursive: true });
  const report = join('deploy-reports', `${project}-${localDate(Date.now())}.txt`);
  writeFileSync(report, `${project} → ${to}\n${lines.join('\n')}\n`);
  console.log(`（这份清单也存在 ${report}）`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
