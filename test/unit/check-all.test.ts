/**
 * One problem, one line: the build's guard, npm run check:content and npm run check:launch all
 * run check-all.ts, and a project file inside content/projects/ that is also the project being
 * built is checked there once — whether the problem is in its fields or in its YAML, which two
 * readers used to word differently so that comparing printed lines could not merge them.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import contentGuard from '../../src/integrations/content-guard.ts';

const PROJECT = ['name: 测试小区', 'kind: 小区', 'siteUrl: https://shouce.ceshi-wuye.cn/'];
const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

/** The valid fixture tree with one project file, content/projects/here.yaml. */
function tree(projectYaml: string): string {
  const root = mkdtempSync(join(tmpdir(), 'wuye-check-all-'));
  roots.push(root);
  cpSync('test/fixtures/content/valid', root, { recursive: true });
  mkdirSync(join(root, 'content/projects'));
  writeFileSync(join(root, 'content/projects/here.yaml'), projectYaml);
  return root;
}

/** The lines a build of project `here` stops with (the guard runs before Astro builds anything). */
async function guardLines(root: string): Promise<string[]> {
  const saved = { PROJECT: process.env.PROJECT, PROJECT_FILE: process.env.PROJECT_FILE, SEEDS_DIR: process.env.SEEDS_DIR };
  Object.assign(process.env, { PROJECT: 'here', SEEDS_DIR: join(root, 'no-seeds') });
  delete process.env.PROJECT_FILE;
  const quiet = { info() {}, warn() {}, error() {} };
  try {
    const hook = contentGuard().hooks['astro:config:setup']!;
    await hook({ config: { root: pathToFileURL(root + '/') }, command: 'build', logger: quiet } as unknown as Parameters<typeof hook>[0]);
    return [];
  } catch (e) {
    return (e as Error).message.split('\n');
  } finally {
    for (const [k, v] of Object.entries(saved))
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
  }
}

function scriptLines(root: string, script: string, args: string[] = []): { status: number | null; lines: string[] } {
  const env = { ...process.env, PROJECT: 'here', PROJECT_FILE: '' };
  const r = spawnSync(process.execPath, [resolve('scripts', script), ...args], { cwd: root, env, encoding: 'utf8' });
  return { status: r.status, lines: (r.stdout + r.stderr).split('\n') };
}

/** Every command's lines that name the problem. */
async function reported(root: string, needle: string) {
  const hits = (lines: string[]) => lines.filter((l) => l.includes(needle)).map((l) => l.trim());
  const content = scriptLines(root, 'check-content.mjs');
  const launch = scriptLines(root, 'check-launch.mjs');
  const launchAll = scriptLines(root, 'check-launch.mjs', ['--all']);
  expect([content.status, launch.status, launchAll.status]).toEqual([1, 1, 1]);
  return { build: hits(await guardLines(root)), content: hits(content.lines), launch: hits(launch.lines), launchAll: hits(launchAll.lines) };
}

describe('a problem in the project being built, kept in content/projects/', () => {
  it('an unknown contact is reported once by the build, check:content and check:launch', async () => {
    const root = tree([...PROJECT, 'contacts:', '  ghost: { phone: "021-5550-8801" }', ''].join('\n'));
    const line = 'content/projects/here.yaml：字段 contacts.ghost：未知的联系方式「ghost」（site.yaml 的 contacts 里没有；可用：lift、monitor）';
    const r = await reported(root, 'contacts.ghost');
    expect(r).toEqual({ build: [line], content: [line], launch: [line], launchAll: [line] });
  }, 60_000);

  it('a YAML slip is reported once, in the same words, by each', async () => {
    const root = tree([...PROJECT, 'address：阳光路 1 号', ''].join('\n'));
    const line = 'content/projects/here.yaml：字段 （整个文件）：YAML 格式错误，第 4 行：用了全角冒号「：」，字段名后面要用半角冒号「:」加一个空格';
    const r = await reported(root, 'here.yaml：');
    expect(r).toEqual({ build: [line], content: [line], launch: [line], launchAll: [line] });
  }, 60_000);
});
