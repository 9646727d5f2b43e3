import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { cmsConfig, type CmsInputs } from '../lib/cms/config.ts';
import { splitFrontmatter } from '../schemas/read-content.ts';

/**
 * The content editor at /admin/: public/admin/index.html, plus the pinned Sveltia CMS build from
 * node_modules (copied, never fetched from a CDN; not kept in git) and its config, made from the
 * content itself. Nothing else links here: the service worker does not precache it (build.mjs)
 * and no staff page loads it.
 */
// (the package exports only its npm entry, so its files are taken from node_modules by path)
const sveltiaDir = (root: string) => join(root, 'node_modules', '@sveltia', 'cms');

/**
 * The files /admin/ serves besides its page, by path under /admin/. Sveltia fetches its Chinese
 * strings, an update check and its fonts from public CDNs (unpkg, jsDelivr) whose reach from China
 * is uncertain; the copy asks this site instead, and the strings, version and fonts (the package
 * carries them for bundlers, with their licences) come along.
 */
export function editorFiles(root: string): Map<string, string | Buffer> {
  const dir = sveltiaDir(root);
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
  let app = readFileSync(join(dir, 'dist', 'sveltia-cms.js'), 'utf8');
  const swap = (from: string, to: string) => {
    const n = app.split(from).length - 1;
    // a new Sveltia version that moved these would otherwise quietly fetch from the CDN again
    if (n !== 1) throw new Error(`内容编辑器：sveltia-cms.js 里「${from}」出现 ${n} 次，应为 1 次；升级 @sveltia/cms 后请更新 src/integrations/cms.ts`);
    app = app.replace(from, to);
  };
  swap('`https://unpkg.com/@sveltia/cms`', '`/admin/sveltia`');
  const assets = readdirSync(join(dir, 'npm', 'assets'));
  const fonts = new Map<string, string | Buffer>();
  // https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2 → assets/source-sans-3-latin-wght-normal-<hash>.woff2
  for (const [url, family, variant] of [...app.matchAll(/https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)[^/]*\/([a-z0-9-]+)\.woff2/g)]) {
    const file = assets.find((a) => a.startsWith(`${family}-${variant}-`) && a.endsWith('.woff2'));
    if (!file) throw new Error(`内容编辑器：@sveltia/cms 里没有字体 ${family}（${url}）`);
    swap(url, `/admin/fonts/${family}.woff2`);
    fonts.set(`fonts/${family}.woff2`, readFileSync(join(dir, 'npm', 'assets', file)));
    fonts.set(`fonts/${family}.LICENSE.txt`, readFileSync(join(dir, 'npm', 'assets', `${family}.LICENSE.txt`)));
  }
  if (/cdn\.jsdelivr\.net/.test(app)) throw new Error('内容编辑器：sveltia-cms.js 里还有 jsDelivr 上的字体；升级 @sveltia/cms 后请更新 src/integrations/cms.ts');
  return new Map<string, string | Buffer>([
    ['sveltia-cms.js', app],
    ['LICENSE.txt', readFileSync(join(dir, 'LICENSE.txt'))],
    ['config.yml', cmsConfigText(root)],
    ['sveltia/package.json', JSON.stringify({ name: '@sveltia/cms', version })],
    ...['zh-CN', 'en-US'].map((l): [string, string] => [`sveltia@${version}/locales/${l}.json`, readFileSync(join(dir, 'locales', `${l}.json`), 'utf8')]),
    ...fonts,
  ]);
}

const TYPES: Record<string, string> = { js: 'text/javascript', yml: 'application/yaml; charset=utf-8', json: 'application/json', woff2: 'font/woff2', txt: 'text/plain; charset=utf-8' };

/** Contacts, actors, sections and roles as content/ defines them today; the backend from the environment. */
export function cmsInputs(root: string, env: NodeJS.ProcessEnv = process.env): CmsInputs {
  const site = parse(readFileSync(join(root, 'content', 'site.yaml'), 'utf8')) as {
    contacts: CmsInputs['contacts'];
    actors: Record<string, string>;
    posts?: string[];
    sections: Record<string, { title: string; order: number }>;
  };
  const rolesDir = join(root, 'content', 'roles');
  const roles = Object.fromEntries(
    readdirSync(rolesDir)
      .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
      .sort()
      .map((f) => [f.slice(0, -4), (parse(splitFrontmatter(readFileSync(join(rolesDir, f), 'utf8'))?.front ?? '') as { title?: string } | null)?.title ?? f]),
  );
  const sections = Object.fromEntries(
    Object.entries(site.sections)
      .sort((a, b) => a[1].order - b[1].order)
      .map(([k, s]) => [k, s.title]),
  );
  const name = (env.CMS_BACKEND ?? 'gitea') as CmsInputs['backend']['name'];
  return {
    contacts: site.contacts,
    actors: site.actors,
    posts: site.posts ?? [],
    sections,
    roles,
    backend: {
      name,
      repo: env.CMS_REPO ?? 'wuye/handbook',
      branch: env.CMS_BRANCH ?? 'main',
      ...(env.CMS_BASE_URL ? { base_url: env.CMS_BASE_URL } : {}),
      ...(env.CMS_APP_ID ? { app_id: env.CMS_APP_ID } : {}),
    },
  };
}

export const cmsConfigText = (root: string) => `# 由 src/lib/cms/config.ts 在构建时生成，不要手改（docs/EDITING.md）\n${stringify(cmsConfig(cmsInputs(root)), { lineWidth: 0 })}`;

export default function cms(): AstroIntegration {
  let root = '';
  return {
    name: 'content-editor',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      // npm run dev serves the same files the build writes
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const path = decodeURIComponent(req.url?.split('?')[0] ?? '');
          const body = path.startsWith('/admin/') ? editorFiles(root).get(path.slice('/admin/'.length)) : undefined;
          if (body === undefined) return next();
          res.setHeader('Content-Type', TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream');
          res.end(body);
        });
      },
      'astro:build:done': ({ dir }) => {
        const out = join(fileURLToPath(dir), 'admin');
        for (const [name, body] of editorFiles(root)) {
          mkdirSync(dirname(join(out, name)), { recursive: true });
          writeFileSync(join(out, name), body);
        }
      },
    },
  };
}
