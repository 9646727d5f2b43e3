// The anchor for npm run bench's time to answer: the same documents (plans, handbook, roles, the
// steward's day) as a stock Starlight site, built into .bench/starlight/dist. Starlight is
// installed there, not in the project, so the handbook's own install stays as it is.
// Run: npm run bench:starlight   (first run installs Starlight: a few minutes)
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse } from 'yaml';

export const STARLIGHT_DIR = join(process.cwd(), '.bench', 'starlight');
const STARLIGHT_VERSION = '0.42.9';
const astroVersion = JSON.parse(readFileSync('node_modules/astro/package.json', 'utf8')).version;

/** @typedef {{ title: string, summary?: string, aliases?: string[], questions?: string[] }} Page the front matter the anchor shows */
/** @typedef {Page & { firstActions: string[], steps: { action: string, when?: string, why?: string }[], never: { text: string }[], record: string[], escalation: string[] }} Plan */

/** @param {string} text */
const split = (text) => {
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!m) throw new Error('没有 front matter');
  return { data: parse(m[1]), body: m[2] };
};
// The handbook's MDX uses one component, <Fact>: its fallback wording stands in for the project's figure.
/** @param {string} body */
const plainBody = (body) =>
  body
    .replace(/^import .*$/gm, '')
    .replace(/<Fact\b[^>]*?fallback="([^"]*)"[^>]*\/>/g, '$1')
    .replace(/<Fact\b[^>]*\/>/g, '');
// Front matter names a project's figure as {{fact:id|wording}}: the wording stands in for it, and
// what is left is made safe for MDX.
/** @param {unknown} s */
const text = (s) =>
  String(s)
    .replace(/\{\{fact:[\w-]+\|([^}]*)\}\}/g, '$1')
    .replace(/\{\{fact:[\w-]+\}\}/g, '')
    .replace(/[{}<>]/g, (c) => `&#${c.charCodeAt(0)};`);
/** @param {unknown} s */
const yamlString = (s) => JSON.stringify(String(s).replace(/\{\{fact:[\w-]+\|([^}]*)\}\}/g, '$1'));
/** @param {Page} d */
const head = (d) => `---\ntitle: ${yamlString(d.title)}\ndescription: ${yamlString(d.summary ?? '')}\n---\n\n`;
/** @param {Page} d */
const findable = (d) => [d.aliases?.length ? `也叫：${text(d.aliases.join('、'))}` : '', d.questions?.length ? `常见问法：${text(d.questions.join('；'))}` : ''].filter(Boolean).join('\n\n') + '\n\n';

/** @param {Plan} d @param {string} body */
function plan(d, body) {
  /** @param {string[]} items */
  const list = (items) => items.map((x, i) => `${i + 1}. ${text(x)}`).join('\n');
  return [
    head(d) + findable(d),
    `## 先做这几件事\n\n${list(d.firstActions)}`,
    `## 处置步骤\n\n${list(d.steps.map((s) => `${s.action}${s.when ? `（${s.when}）` : ''}${s.why ? `。为什么：${s.why}` : ''}`))}`,
    `## 绝对不能做\n\n${d.never.map((n) => `- ${text(n.text)}`).join('\n')}`,
    `## 要记录的\n\n${d.record.map((r) => `- ${text(r)}`).join('\n')}`,
    `## 上报\n\n${d.escalation.map((r) => `- ${text(r)}`).join('\n')}`,
    plainBody(body),
  ].join('\n\n');
}

/** @param {string} docs */
function writeDocs(docs) {
  rmSync(docs, { recursive: true, force: true });
  /** @param {string} path @param {string} text */
  const put = (path, text) => {
    mkdirSync(dirname(join(docs, path)), { recursive: true });
    writeFileSync(join(docs, path), text);
  };
  /** @type {(dir: string) => string[]} */
  const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.mdx') ? [join(dir, e.name)] : []));
  for (const f of walk('content/handbook')) {
    const { data, body } = split(readFileSync(f, 'utf8'));
    put(join('handbook', relative('content/handbook', f)), head(data) + findable(data) + plainBody(body));
  }
  for (const dir of ['roles', 'day'])
    for (const f of walk(join('content', dir))) {
      const { data, body } = split(readFileSync(f, 'utf8'));
      put(join(dir, relative(join('content', dir), f)), head(data) + findable(data) + plainBody(body));
    }
  for (const f of walk('content/emergencies')) {
    const { data, body } = split(readFileSync(f, 'utf8'));
    put(join('emergency', relative('content/emergencies', f)), plan(data, body));
  }
  put(
    'index.mdx',
    `---\ntitle: 物业服务手册\ndescription: 应急预案、服务手册、岗位职责\n---\n\n- [应急预案](/emergency/fire/)\n- [服务手册](/handbook/service/request-flow/)\n- [岗位职责](/roles/security/)\n`,
  );
}

export function buildStarlight({ quiet = true } = {}) {
  const stdio = quiet ? 'ignore' : 'inherit';
  mkdirSync(STARLIGHT_DIR, { recursive: true });
  writeFileSync(
    join(STARLIGHT_DIR, 'package.json'),
    JSON.stringify({ name: 'wuye-starlight-anchor', private: true, type: 'module', dependencies: { astro: astroVersion, '@astrojs/starlight': STARLIGHT_VERSION } }, null, 2),
  );
  if (!existsSync(join(STARLIGHT_DIR, 'node_modules', '@astrojs', 'starlight'))) execSync('npm install --no-audit --no-fund', { cwd: STARLIGHT_DIR, stdio });
  writeFileSync(
    join(STARLIGHT_DIR, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({ integrations: [starlight({ title: '物业服务手册', defaultLocale: 'root', locales: { root: { label: '简体中文', lang: 'zh-CN' } },
  sidebar: [['应急预案', 'emergency'], ['服务手册', 'handbook'], ['岗位职责', 'roles'], ['管家的一天', 'day']].map(([label, directory]) => ({ label, items: [{ autogenerate: { directory } }] })) })] });
`,
  );
  mkdirSync(join(STARLIGHT_DIR, 'src'), { recursive: true });
  writeFileSync(
    join(STARLIGHT_DIR, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  writeDocs(join(STARLIGHT_DIR, 'src', 'content', 'docs'));
  execSync('npx astro build', {
    cwd: STARLIGHT_DIR,
    stdio,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${join(STARLIGHT_DIR, 'node_modules', '.bin')}:${join(process.cwd(), 'node_modules', '.bin')}:${process.env.PATH}` },
  });
  return join(STARLIGHT_DIR, 'dist');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = buildStarlight({ quiet: false });
  console.log(`Starlight 对照站已构建：${dist}`);
}
