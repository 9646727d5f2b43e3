import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { fillTemplate, resolveContacts } from '../../src/lib/project/resolve.ts';
import { launchGaps, siteUrlGap } from '../../src/schemas/launch-check.ts';
import { chosenProject, readProject } from '../../src/schemas/project-file.ts';
import type { ProjectData } from '../../src/schemas/project.ts';
import { readContent } from '../../src/schemas/read-content.ts';
import { siteSchema, type SiteData } from '../../src/schemas/site.ts';
import { checkProject } from '../../src/schemas/checks/projects.ts';
import { formatIssue } from '../../src/schemas/issue.ts';
import { validateContent } from '../../src/schemas/validate.ts';

const { raw } = readContent('.');
const site: SiteData = siteSchema.parse(raw.site.data);
const project = (env: Record<string, string>) => {
  const choice = chosenProject('.', env);
  const r = readProject(choice);
  if (!r.data) throw new Error(r.issues.map(formatIssue).join('\n'));
  return { choice, data: r.data };
};
const demo = project({ PROJECT: 'demo' });
const office = project({ PROJECT: 'demo-office' });
const ready = project({ PROJECT_FILE: 'test/fixtures/projects/ready.yaml' });

describe('a project’s contacts and facts', () => {
  it('are the company’s kinds of contact with this project’s names and numbers', () => {
    const c = resolveContacts(site.contacts, demo.data);
    expect(c.gas).toMatchObject({ kind: '燃气抢修（本地燃气公司）', name: '示例市燃气公司', phone: '0000-8000004', missing: false });
    expect(c.fire.phone).toBe('119');
    expect(resolveContacts(site.contacts, office.data).gas.phone).not.toBe(c.gas.phone);
    const none = resolveContacts(site.contacts, { contacts: {} });
    expect(none.gas).toMatchObject({ missing: true, phone: undefined });
    expect(none['lift-platform'].phone).toBe('96333');
  });

  it('fill {{phone:…}}, {{contact:…}} and {{fact:…}}, with a fallback or a note of what is missing', () => {
    const ctx = { contacts: resolveContacts(site.contacts, demo.data), facts: demo.data.facts };
    expect(fillTemplate('燃气：{{contact:gas}} {{phone:gas}}，电梯 {{fact:lifts}}', ctx)).toEqual({ text: '燃气：示例市燃气公司 0000-8000004，电梯 36部', missing: [] });
    const bare = { contacts: resolveContacts(site.contacts, { contacts: {} }), facts: {} };
    expect(fillTemplate('{{fact:lifts|按台账}}', bare).text).toBe('按台账');
    const r = fillTemplate('打 {{phone:gas}}', bare);
    expect(r.missing).toEqual([{ kind: 'phone', id: 'gas', fallback: undefined }]);
  });
});

describe('project files are checked like all content', () => {
  it('name an unknown contact or post with file and field', () => {
    const issues = checkProject({ id: 'x', file: 'content/projects/x.yaml', data: { ...demo.data, contacts: { ghost: { phone: '110' } }, posts: ['astronaut'] } }, site);
    expect(issues.map(formatIssue)).toEqual([
      expect.stringMatching(/content\/projects\/x\.yaml：字段 contacts\.ghost：未知的联系方式「ghost」/),
      expect.stringMatching(/字段 posts\.0：未知的岗位「astronaut」/),
    ]);
  });
  it('report a bad field in Chinese', () => {
    const issues = checkProject({ id: 'x', file: 'content/projects/x.yaml', data: { ...demo.data, siteUrl: 'shouce' } }, site);
    expect(issues[0]).toMatchObject({ field: 'siteUrl', message: expect.stringMatching(/完整的网址/) });
  });
  it('and content may only name known contacts and facts', () => {
    const copy = structuredClone(raw);
    (copy.emergencies[0].data as { firstActions: string[] }).firstActions[0] = '打 {{phone:ghostbusters}}，查 {{fact:moons}}';
    const issues = validateContent(copy).map(formatIssue);
    expect(issues).toEqual([expect.stringMatching(/「ghostbusters」不是已知的联系方式/), expect.stringMatching(/「moons」不是已知的项目信息/)]);
  });
});

describe('the launch check', () => {
  it('refuses the demo project and names every placeholder, with file and field', () => {
    const gaps = launchGaps(raw, site, demo.choice.file, demo.data).map(formatIssue);
    expect(gaps).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/demo\.yaml：字段 demo：这是示例项目/),
        expect.stringMatching(/字段 siteUrl：「handbook\.example\.org」是示例/),
        expect.stringMatching(/字段 contacts\.gas\.phone：「燃气抢修（本地燃气公司）」的电话 0000-8000004 是占位号码（以 000 开头）：.*燃气泄漏/),
        expect.stringMatching(/字段 contacts\.water\.phone：.*占位号码/),
        expect.stringMatching(/字段 contacts\.lift\.phone：.*预案和上墙版「电梯故障与困人」/),
        expect.stringMatching(/字段 contacts\.hospital\.phone：.*「突然晕倒与心脏骤停」/),
      ]),
    );
  });
  it('passes a fully filled project', () => {
    expect(launchGaps(raw, site, ready.choice.file, ready.data)).toEqual([]);
  });
  it('catches a missing number, 12345 given as a utility, an example address and a figure a question needs', () => {
    const p: ProjectData = structuredClone(ready.data);
    delete p.contacts.water;
    p.contacts.gas = { ...p.contacts.gas, phone: '12345' };
    p.siteUrl = 'http://shouce.ceshi-wuye.cn/';
    delete p.facts.lifts;
    const gaps = launchGaps(raw, site, 'p.yaml', p).map((g) => `${g.field}：${g.message}`);
    expect(gaps).toEqual([
      expect.stringMatching(/^siteUrl：要用 https/),
      expect.stringMatching(/^contacts\.gas\.phone：.*12345 是政务服务便民热线/),
      expect.stringMatching(/^contacts\.water\.phone：「供水抢修（本地供水单位）」没有电话/),
      expect.stringMatching(/^facts\.lifts：.*eng-project-lift-count.*拿掉/),
    ]);
  });
  it('knows example addresses', () => {
    expect(siteUrlGap('https://localhost:4321/')).toMatch(/示例或本机/);
    expect(siteUrlGap('https://shouce.example.com/')).toMatch(/示例或本机/);
    expect(siteUrlGap('https://shouce.wuye.cn/')).toBeUndefined();
  });
  it('refuses a site address with a path, which links and QR codes would miss', () => {
    expect(siteUrlGap('https://www.x.cn/shouce/')).toMatch(/不能带「\/shouce\/」/);
  });
  it('runs as npm run check:launch: non-zero with the list for the demo, zero for a filled project', () => {
    const node = process.execPath;
    const bad = spawnSync(node, ['scripts/check-launch.mjs'], { env: { ...process.env, PROJECT: 'demo', PROJECT_FILE: '' }, encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/示例花园小区.*不能上线/);
    expect(bad.stderr).toMatch(/contacts\.gas\.phone/);
    const good = spawnSync(node, ['scripts/check-launch.mjs'], { env: { ...process.env, PROJECT_FILE: 'test/fixtures/projects/ready.yaml' }, encoding: 'utf8' });
    expect(good.status).toBe(0);
    expect(good.stdout).toMatch(/测试验收小区.*可以上线/);
  });
});

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('building a real project', () => {
  it('stops before anything is built when the launch check finds a gap, says which, and leaves the last good build in place', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wuye-launch-'));
    const file = join(dir, 'gapped.yaml');
    const out = join(dir, 'out');
    writeFileSync(file, readFileSync('test/fixtures/projects/ready.yaml', 'utf8').replace(/ {2}gas: .*\n/, ''));
    // the folder holds this project's previous, good build
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'last good build');
    writeFileSync(join(out, '.project'), file);
    const r = spawnSync(process.execPath, ['scripts/build.mjs'], { env: { ...process.env, PROJECT_FILE: file, OUT_DIR: out }, encoding: 'utf8' });
    const left = { index: readFileSync(join(out, 'index.html'), 'utf8'), building: existsSync(`${out}.building`) };
    rmSync(dir, { recursive: true, force: true });
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toMatch(/contacts\.gas\.phone：「燃气抢修（本地燃气公司）」没有电话/);
    expect(r.stderr).toContain(`构建失败：${out}/ 没有改动，里面仍是 ${file} 上一次成功的构建`);
    expect(left).toEqual({ index: 'last good build', building: false });
  }, 60_000);
});

import { actorLabels } from '../../src/lib/project/resolve.ts';

describe('posts a project does not have', () => {
  it('are named with who covers them, so no step goes to a post that is not there', () => {
    const labels = actorLabels(site.actors, site.posts, office.data);
    expect(labels.carpark).toBe('车场岗（本项目不设，由当班秩序维护员做）');
    expect(labels.gate).toBe('门岗');
    expect(actorLabels(site.actors, site.posts, demo.data).carpark).toBe('车场岗');
  });
});

import { launchProblems } from '../../src/schemas/check-all.ts';

describe('the launch check as npm run dev shows it', () => {
  it('finds the gaps of a real project that cannot go live, and none in a filled one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wuye-dev-'));
    const file = join(dir, 'gapped.yaml');
    writeFileSync(file, readFileSync('test/fixtures/projects/ready.yaml', 'utf8').replace(/ {2}gas: .*\n/, ''));
    const gapped = launchProblems('.', chosenProject('.', { PROJECT_FILE: file }));
    rmSync(dir, { recursive: true, force: true });
    expect('problems' in gapped && gapped.problems.map((p) => p.field)).toContain('contacts.gas.phone');
    const ready = launchProblems('.', chosenProject('.', { PROJECT_FILE: 'test/fixtures/projects/ready.yaml' }));
    expect(ready).toMatchObject({ name: '测试验收小区', problems: [] });
  });
});
