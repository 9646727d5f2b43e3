import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { deployFolder, filesIn } from '../../src/lib/deploy/copy.ts';
import { changedWallCards, printedText } from '../../src/lib/deploy/reprint.ts';

const card = (phone: string, css = 'a1b2') =>
  `<!DOCTYPE html><html><head><link rel="stylesheet" href="/_astro/WallCard.${css}.css"><meta http-equiv="content-security-policy" content="x ${css}"></head><body><h1>火灾</h1><ol><li>立即拨打 119</li><li>燃气公司 <strong>${phone}</strong></li></ol><script>var v="${css}"</script></body></html>`;

describe('which wall cards to reprint', () => {
  it('a changed number on a card means reprinting it; new style files or policies do not', () => {
    expect(printedText(card('0571-87654321', 'a1b2'))).toBe(printedText(card('0571-87654321', 'c3d4')));
    const deployed: Record<string, string> = { 'emergency/fire/print/index.html': card('0571-87654321'), 'emergency/gas-leak/print/index.html': card('0571-11112222') };
    const built = {
      'emergency/fire/print/index.html': card('0571-87654322', 'ffff'),
      'emergency/gas-leak/print/index.html': card('0571-11112222', 'ffff'),
      'emergency/fall/print/index.html': card('0571-33334444'),
      'emergency/fire/index.html': '<h1>not a wall card</h1>',
    };
    expect(changedWallCards((p) => deployed[p], built)).toEqual([
      { path: 'emergency/fall/print/index.html', title: '火灾', kind: 'new' },
      { path: 'emergency/fire/print/index.html', title: '火灾', kind: 'changed' },
    ]);
  });
});

describe('putting a build into the served folder', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const put = (root: string, files: Record<string, string>) => {
    for (const [f, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, f)), { recursive: true });
      writeFileSync(join(root, f), text);
    }
  };

  it('keeps the old hashed scripts for phones on the previous version, drops other old files, and leaves no empty folders', () => {
    dir = mkdtempSync(join(tmpdir(), 'deploy-test-'));
    const site = join(dir, 'site');
    const build = join(dir, 'build');
    put(site, { 'index.html': 'v1', 'sw.js': 'v1', '_astro/a.old.js': 'old', 'emergency/gone/index.html': 'removed plan', 'version.json': '{"safety":"1"}' });
    put(build, { 'index.html': 'v2', 'sw.js': 'v2', '_astro/a.new.js': 'new', 'emergency/fire/index.html': 'fire', 'version.json': '{"safety":"2"}' });
    const r = deployFolder(build, site);
    expect(filesIn(site)).toEqual(['_astro/a.new.js', '_astro/a.old.js', 'emergency/fire/index.html', 'index.html', 'sw.js', 'version.json']);
    expect(readFileSync(join(site, 'sw.js'), 'utf8')).toBe('v2');
    expect(r).toEqual({ copied: 5, removed: ['emergency/gone/index.html'], kept: 1 });
    expect(existsSync(join(site, 'emergency', 'gone'))).toBe(false);
  });
});

describe('nginx configuration for every project', async () => {
  const { nginxConfig } = await import('../../src/lib/deploy/nginx.ts');
  const o = { root: '/srv/wuye', certs: '/etc/nginx/certs' };
  it('one https site per project, its folder and certificate named after it', () => {
    const conf = nginxConfig(
      [
        { id: 'yangguang', name: '阳光花园', siteUrl: 'https://yg.shouce.example.cn/' },
        { id: 'office', name: '中心写字楼', siteUrl: 'https://office.shouce.example.cn/' },
      ],
      o,
    );
    expect(conf.match(/listen 443 ssl http2;/g)).toHaveLength(2);
    expect(conf).toContain('root /srv/wuye/yangguang;');
    expect(conf).toContain('ssl_certificate     /etc/nginx/certs/office.shouce.example.cn.pem;');
    expect(conf).toContain('return 301 https://$host$request_uri;');
    expect(conf).toContain('types { application/manifest+json webmanifest; }');
  });
  it('refuses what would deploy a broken site, saying why', () => {
    expect(() => nginxConfig([{ id: 'a', name: 'a', siteUrl: 'https://x.cn/yangguang/' }], o)).toThrow(/带了路径「\/yangguang\/」/);
    expect(() => nginxConfig([{ id: 'a', name: 'a', siteUrl: 'http://x.cn/' }], o)).toThrow(/https/);
    expect(() =>
      nginxConfig(
        [
          { id: 'a', name: 'a', siteUrl: 'https://x.cn/' },
          { id: 'b', name: 'b', siteUrl: 'https://x.cn/' },
        ],
        o,
      ),
    ).toThrow(/同一个域名 x\.cn/);
  });
});
