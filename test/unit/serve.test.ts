/** The server behind `npm start` and the e2e tests, tried as a hostile or unlucky visitor would. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PORT = 4377;
const base = mkdtempSync(join(tmpdir(), 'wuye-serve-'));
const dist = join(base, 'dist');
let server: ChildProcess;

beforeAll(async () => {
  mkdirSync(join(dist, 'handbook'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<p>首页</p>');
  writeFileSync(join(dist, '404.html'), '<p>找不到这个页面</p>');
  writeFileSync(join(dist, 'handbook', 'index.html'), '<p>手册</p>');
  // a sibling whose name starts like the served folder's
  mkdirSync(join(base, 'dist-old'));
  writeFileSync(join(base, 'dist-old', 'secret.txt'), 'SECRET');
  server = spawn(process.execPath, ['scripts/serve.mjs', String(PORT)], { env: { ...process.env, DIST_DIR: dist }, stdio: 'pipe' });
  await new Promise<void>((ok, fail) => {
    server.stdout!.once('data', () => ok());
    server.once('exit', (c) => fail(new Error(`server exited ${c}`)));
  });
});
afterAll(() => {
  server?.kill();
  rmSync(base, { recursive: true, force: true });
});

const get = async (path: string) => {
  const r = await fetch(`http://127.0.0.1:${PORT}${path}`, { redirect: 'manual' });
  return { status: r.status, text: await r.text(), location: r.headers.get('location') };
};

describe('the static server', () => {
  it('serves folders as their index page and redirects a folder without its slash', async () => {
    expect(await get('/handbook/')).toMatchObject({ status: 200, text: '<p>手册</p>' });
    expect(await get('/handbook')).toMatchObject({ status: 301, location: '/handbook/' });
  });
  it('answers a miss with the 404 page and status 404', async () => {
    expect(await get('/no-such-page/')).toMatchObject({ status: 404, text: '<p>找不到这个页面</p>' });
  });
  it('never serves a file outside its folder, however the path is written', async () => {
    for (const p of ['/..%2fdist-old/secret.txt', '/%2e%2e/dist-old/secret.txt', '/..%5cdist-old%5csecret.txt', '/handbook/..%2f..%2fdist-old/secret.txt', '/%2e%2e%2f%2e%2e%2fetc/passwd']) {
      const r = await get(p);
      expect(r.text, p).not.toContain('SECRET');
      expect(r.text, p).not.toContain('root:');
      expect(r.status, p).toBeGreaterThanOrEqual(400);
    }
  });
  it('survives files vanishing between its lookup and its read, and keeps serving', async () => {
    // Another process creates and deletes the file as fast as it can while requests pour in, so
    // some requests find it at lookup and lose it before reading: the race a redeploy causes.
    const file = join(dist, 'flaky.txt');
    // (Written whole under another name and renamed in, as a careful deploy does: the race here is
    // a file vanishing, not one read half-written.)
    const churn = spawn(process.execPath, [
      '-e',
      `const fs=require('fs');const f=${JSON.stringify(file)};const end=Date.now()+1500;while(Date.now()<end){try{fs.writeFileSync(f+'.tmp','x'.repeat(5000));fs.renameSync(f+'.tmp',f);fs.unlinkSync(f)}catch{}}`,
    ]);
    const statuses = new Set<number>();
    const until = Date.now() + 1500;
    while (Date.now() < until && server.exitCode === null) {
      const batch = await Promise.all(Array.from({ length: 20 }, () => get('/flaky.txt').catch(() => null)));
      for (const r of batch) if (r) statuses.add(r.status);
    }
    await new Promise((ok) => churn.once('exit', ok));
    expect(server.exitCode).toBeNull();
    expect(await get('/')).toMatchObject({ status: 200 });
    expect([...statuses].every((s) => s === 200 || s === 404)).toBe(true);
  }, 30_000);
});
