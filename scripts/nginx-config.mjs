// npm run deploy:nginx [-- --root /srv/wuye --certs /etc/nginx/certs --out wuye-nginx.conf]
// One nginx site per project in content/projects/, from its siteUrl (src/lib/deploy/nginx.ts).
import { writeFileSync } from 'node:fs';
import { nginxConfig, NginxConfigError } from '../src/lib/deploy/nginx.ts';
import { chosenProject, listProjects, readProject } from '../src/schemas/project-file.ts';

/** @param {string} name @param {string} fallback */
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const root = process.cwd();
const projects = listProjects(root).map((id) => {
  const r = readProject(chosenProject(root, { PROJECT: id }));
  if (!r.data) {
    console.error(`项目 ${id} 的文件有错误，先运行 npm run check:launch`);
    process.exit(1);
  }
  return { id, name: r.data.name, siteUrl: r.data.siteUrl };
});
const out = arg('out', 'wuye-nginx.conf');
try {
  writeFileSync(out, nginxConfig(projects, { root: arg('root', '/srv/wuye'), certs: arg('certs', '/etc/nginx/certs') }));
} catch (e) {
  if (e instanceof NginxConfigError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
console.log(`已生成 ${out}：${projects.map((p) => `${p.id} → ${new URL(p.siteUrl).hostname}`).join('，')}`);
console.log('每个项目用 npm run deploy -- <项目> <root>/<项目> 部署；证书路径在文件里，填好后 nginx -t 检查。');
