/**
 * Each project's deployable folder, npm start's choice to build or serve, and what a failed build
 * leaves (scripts/dist-state.mjs).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReason, failureNote, folderState, outDirFor, replaceFolder } from '../../scripts/dist-state.mjs';

const demo = '/repo/content/projects/demo.yaml';
const office = '/repo/content/projects/demo-office.yaml';

describe('each project has its own deployable folder', () => {
  it('dist/ for the demo, dist-projects/<id>/ for any other, OUT_DIR when given', () => {
    expect(outDirFor({ id: 'demo' }, {})).toBe('dist');
    expect(outDirFor({ id: 'demo' }, { PROJECT: 'demo' })).toBe('dist');
    expect(outDirFor({ id: 'yangguang' }, { PROJECT: 'yangguang' })).toBe(join('dist-projects', 'yangguang'));
    expect(outDirFor({ id: 'ready' }, { PROJECT_FILE: '/x/ready.yaml' })).toBe(join('dist-projects', 'ready'));
    expect(outDirFor({ id: 'yangguang' }, { PROJECT: 'yangguang', PROJECTS_OUT: '/srv/wuye' })).toBe(join('/srv/wuye', 'yangguang'));
    expect(outDirFor({ id: 'yangguang' }, { PROJECT: 'yangguang', OUT_DIR: 'out' })).toBe('out');
  });
});

describe('npm start', () => {
  it('builds when there is nothing built, when the folder holds another project, or when sources are newer', () => {
    expect(buildReason({ built: 0, sources: 5, holds: '', wanted: demo })).toMatch(/还没有这个项目的构建/);
    expect(buildReason({ built: 10, sources: 5, holds: demo, wanted: office, dir: 'dist-projects/demo-office' })).toMatch(/^dist-projects\/demo-office\/ 里是另一个项目的构建.*demo-office\.yaml/);
    expect(buildReason({ built: 10, sources: 5, holds: '', wanted: demo })).toMatch(/另一个项目/);
    expect(buildReason({ built: 10, sources: 20, holds: demo, wanted: demo })).toMatch(/内容有更新/);
  });
  it('serves what is there when it is this project, up to date', () => {
    expect(buildReason({ built: 10, sources: 5, holds: demo, wanted: demo })).toBeUndefined();
  });
});

describe('a failed build', () => {
  const root = mkdtempSync(join(tmpdir(), 'wuye-dist-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('says which folder still holds which project’s last good build, or that none is there', () => {
    const at = Date.UTC(2026, 0, 5, 8, 30);
    expect(failureNote({ dir: 'dist-projects/x', wanted: '/r/content/projects/x.yaml', built: 0, holds: '', root: '/r' })).toBe(
      '构建失败：dist-projects/x/ 里没有可部署的网站（content/projects/x.yaml 还没有成功构建过）。',
    );
    expect(failureNote({ dir: 'dist-projects/x', wanted: '/r/content/projects/x.yaml', built: at, holds: '/r/content/projects/x.yaml', root: '/r' })).toMatch(
      /^构建失败：dist-projects\/x\/ 没有改动，里面仍是 content\/projects\/x\.yaml 上一次成功的构建（2026.*），不含这次的修改。$/,
    );
    expect(failureNote({ dir: 'out', wanted: '/r/content/projects/x.yaml', built: at, holds: '/r/content/projects/demo.yaml', root: '/r' })).toMatch(
      /out\/ 没有改动，里面是 content\/projects\/demo\.yaml 的构建.*不是 content\/projects\/x\.yaml 的，不要部署/,
    );
  });

  it('a finished build replaces the folder; the folder’s state is read from it', () => {
    const to = join(root, 'site');
    const from = join(root, 'site.building');
    mkdirSync(to);
    writeFileSync(join(to, 'index.html'), 'old');
    writeFileSync(join(to, '.project'), demo);
    expect(folderState(to)).toMatchObject({ holds: demo, built: expect.any(Number) });
    expect(folderState(join(root, 'none'))).toEqual({ built: 0, holds: '' });
    mkdirSync(from);
    writeFileSync(join(from, 'index.html'), 'new');
    replaceFolder(from, to);
    expect(readFileSync(join(to, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(from)).toBe(false);
    expect(existsSync(`${to}.old`)).toBe(false);
  });
});
