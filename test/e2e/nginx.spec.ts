/**
 * Issue 25: the nginx configuration npm run deploy:nginx writes, as an IT person would use it —
 * checked by nginx itself, then serving two projects over HTTPS: each its own numbers, 404s,
 * compression, the redirect from http, and offline use.
 */
import { expect, test, chromium, type Browser } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { nginxConfig } from '../../src/lib/deploy/nginx.ts';
import { controlledBySw } from './helpers';

const NGINX = '/usr/sbin/nginx';
const HTTP = 4481;
const HTTPS = 4482;
const SITES = [
  { id: 'demo', host: 'demo.test', dir: process.env.DIST_DIR ?? 'dist' },
  { id: 'demo-office', host: 'office.test', dir: 'dist-projects/demo-office' },
];
const gasOf = (id: string) => (parse(readFileSync(`content/projects/${id}.yaml`, 'utf8')) as { contacts: { gas: { phone: string } } }).contacts.gas.phone;

test.describe('the generated nginx configuration', () => {
  // certificates, nginx, a browser of its own, two sites and an offline install: minutes on a busy machine
  test.describe.configure({ timeout: 240_000 });
  test.skip(!existsSync(NGINX) || !existsSync('/usr/bin/openssl'), '没有 nginx 或 openssl：scripts/ensure-browser.mjs 用 apt-get 安装 nginx-light；装不上时跳过这个测试');
  let work = '';
  let server: ChildProcess | undefined;
  let browser: Browser;

  test.beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'wuye-nginx-'));
    // nginx's workers run as an unprivileged user: they must be able to walk into the folder
    chmodSync(work, 0o755);
    mkdirSync(join(work, 'root'));
    for (const s of SITES) {
      if (!existsSync(join(s.dir, 'index.html'))) throw new Error(`没有 ${s.dir}：先运行 npm test 里的构建`);
      symlinkSync(resolve(s.dir), join(work, 'root', s.id));
      spawnSync('/usr/bin/openssl', [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        `/CN=${s.host}`,
        '-keyout',
        join(work, `${s.host}.key`),
        '-out',
        join(work, `${s.host}.pem`),
      ]);
    }
    symlinkSync('/etc/nginx/mime.types', join(work, 'mime.types'));
    const sites = SITES.map((s) => ({ id: s.id, name: s.id, siteUrl: `https://${s.host}/` }));
    writeFileSync(join(work, 'sites.conf'), nginxConfig(sites, { root: join(work, 'root'), certs: work, httpPort: HTTP, httpsPort: HTTPS }));
    writeFileSync(
      join(work, 'main.conf'),
      `include /etc/nginx/modules-enabled/*.conf;\npid ${work}/nginx.pid;\nerror_log ${work}/error.log;\nevents {}\nhttp { access_log off; include sites.conf; }\n`,
    );
    const check = spawnSync(NGINX, ['-t', '-c', join(work, 'main.conf'), '-p', '/usr/share/nginx/'], { encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(0);
    server = spawn(NGINX, ['-c', join(work, 'main.conf'), '-p', '/usr/share/nginx/', '-g', 'daemon off;'], { stdio: 'ignore' });
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--ignore-certificate-errors',
        `--host-resolver-rules=${SITES.map((s) => `MAP ${s.host} 127.0.0.1`).join(', ')}`,
      ],
    });
  });

  test.afterAll(async () => {
    await browser?.close();
    server?.kill();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test('two projects on one server: each its own numbers, real 404s, compression, http to https, offline', async () => {
    for (const s of SITES) {
      // its own browser still takes the suite's options: this test installs the offline worker
      const context = await browser.newContext({ serviceWorkers: 'allow' });
      const page = await context.newPage();
      const base = `https://${s.host}:${HTTPS}`;
      // nginx has started when its first answer comes
      await expect.poll(async () => (await page.goto(`http://${s.host}:${HTTP}/emergency/gas-leak/`).catch(() => null))?.status() ?? 0, { timeout: 30_000 }).toBe(200);
      expect(page.url()).toBe(`${base}/emergency/gas-leak/`);
      const digits = gasOf(s.id).replace(/\D/g, '');
      await expect(page.locator(`#first-actions a[href="tel:${digits}"]`)).toBeVisible();

      const answers = await page.evaluate(async () => {
        const css = document.querySelector<HTMLLinkElement>('link[rel=stylesheet]')!.href;
        const [missing, style, manifest, version, hidden] = await Promise.all(
          ['/no-such-page/', css, '/manifest.webmanifest', '/version.json', '/.project'].map((u) => fetch(u, { cache: 'no-store' })),
        );
        return {
          missing: [missing.status, missing.headers.get('cache-control'), (await missing.text()).includes('<html')],
          style: [style.headers.get('content-encoding'), style.headers.get('cache-control')],
          manifest: manifest.headers.get('content-type'),
          version: version.headers.get('cache-control'),
          hidden: hidden.status,
        };
      });
      expect(answers).toEqual({
        missing: [404, 'no-cache', true],
        style: ['br', 'public, max-age=31536000, immutable'],
        manifest: 'application/manifest+json',
        version: 'no-store',
        hidden: 404,
      });

      await controlledBySw(page);
      await context.setOffline(true);
      await page.goto(`${base}/emergency/fire/`);
      await expect(page.locator('h1')).toHaveText('火灾');
      await context.close();
    }
  });
});
