import { expect, test } from '@playwright/test';
import { controlledBySw as controlled } from './helpers';
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// these tests need the offline worker (see playwright.config.ts)
test.use({ serviceWorkers: 'allow' });

// Each test that runs its own deployments has its own port: tests in a file run in parallel.
const PORT = 4391;
const PORT2 = 4392;
async function serve(dir: string, port = PORT): Promise<ChildProcess> {
  const p = spawn(process.execPath, ['scripts/serve.mjs', String(port)], { env: { ...process.env, DIST_DIR: dir }, stdio: 'pipe' });
  await new Promise<void>((ok) => p.stdout!.once('data', () => ok()));
  return p;
}
/** Stops a server and waits until it has let go of its port. */
async function stop(p: ChildProcess): Promise<void> {
  if (p.exitCode !== null || p.signalCode !== null) return;
  const gone = new Promise<void>((ok) => p.once('exit', () => ok()));
  p.kill();
  await gone;
}

test('a new deployment is offered with 更新 instead of silently serving the old one', async ({ page }) => {
  // a new deployment precaches the whole site (about 450 files) before it is offered: slow on a busy machine
  test.setTimeout(180_000);
  const next = mkdtempSync(join(tmpdir(), 'wuye-next-'));
  cpSync('dist', next, { recursive: true });
  appendFileSync(join(next, 'sw.js'), '\n// next deployment\n');
  let server = await serve('dist');
  try {
    await page.goto(`http://127.0.0.1:${PORT}/handbook/`);
    await controlled(page);
    const banner = page.locator('[data-update]');
    await expect(banner).toBeHidden();

    await stop(server);
    server = await serve(next);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await expect(banner).toBeVisible();
    await expect(banner).toContainText('手册有新版本');
    // The old version keeps serving until the person chooses to update.
    await page.goto(`http://127.0.0.1:${PORT}/emergency/`);
    await expect(banner).toBeVisible();
    await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: '更新' }).click()]);
    await expect(banner).toBeHidden();
    const state = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.waiting);
    expect(state).toBeNull();
  } finally {
    server.kill();
    rmSync(next, { recursive: true, force: true });
  }
});

test('links shared in WeChat (with ?from=…&isappinstalled=…) open their page, online and offline', async ({ page, context }) => {
  await page.goto('/');
  await controlled(page);
  for (const offline of [false, true]) {
    await context.setOffline(offline);
    await page.goto('/emergency/fire/?from=singlemessage&isappinstalled=0');
    await expect(page.locator('h1')).toHaveText('火灾');
    await page.goto('/handbook/?from=groupmessage&isappinstalled=1&utm_source=x&fbclid=abc');
    await expect(page.locator('h1')).not.toContainText('找不到');
    await page.goto(`/search/?q=${encodeURIComponent('困梯')}&from=timeline`);
    await expect(page.locator('[data-search-results] a').first()).toHaveAttribute('href', '/emergency/lift-entrapment/');
  }
  await context.setOffline(false);
});

test('a page added in a newer deployment opens online before the update is taken; offline it says why it is missing', async ({ page, context }) => {
  // a new deployment precaches the whole site (about 450 files) before it is offered: slow on a busy machine
  test.setTimeout(180_000);
  const next = mkdtempSync(join(tmpdir(), 'wuye-next-'));
  cpSync('dist', next, { recursive: true });
  mkdirSync(join(next, 'handbook', 'brand-new'), { recursive: true });
  writeFileSync(join(next, 'handbook', 'brand-new', 'index.html'), '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>新页面</title></head><body><h1>新加的页面</h1></body></html>');
  let server = await serve('dist', PORT2);
  try {
    await page.goto(`http://127.0.0.1:${PORT2}/handbook/`);
    await controlled(page);
    await stop(server);
    server = await serve(next, PORT2);
    await page.goto(`http://127.0.0.1:${PORT2}/handbook/brand-new/`);
    await expect(page.locator('h1')).toHaveText('新加的页面');
    await context.setOffline(true);
    // The worker's own requests do not always see the emulated offline state at once (it once
    // fetched the server's 404 here); with the server gone there is no network for certain.
    await stop(server);
    await page.goto(`http://127.0.0.1:${PORT2}/handbook/another-new/`);
    await expect(page.locator('h1')).toContainText('没有网络');
    await context.setOffline(false);
  } finally {
    server.kill();
    rmSync(next, { recursive: true, force: true });
  }
});

test('a redeploy that changes an emergency number reaches an online phone on its next page view, without a tap; offline the page says since when its numbers date', async ({ browser }) => {
  // builds a second deployment of the demo with the gas company's number changed
  test.setTimeout(300_000);
  const PORT3 = 4393;
  const work = mkdtempSync(join(tmpdir(), 'wuye-numbers-'));
  const next = join(work, 'dist');
  const projectFile = join(work, 'demo.yaml');
  writeFileSync(
    projectFile,
    readFileSync('content/projects/demo.yaml', 'utf8').replace('gas: { name: 示例市燃气公司, phone: "0000-8000004" }', 'gas: { name: 示例市燃气公司, phone: "0000-8000044" }'),
  );
  expect(readFileSync(projectFile, 'utf8')).toContain('0000-8000044');
  const built = spawn(process.execPath, ['scripts/build.mjs'], { env: { ...process.env, PROJECT_FILE: projectFile, OUT_DIR: next }, stdio: 'ignore' });
  const builtOk = new Promise<number | null>((ok) => built.once('exit', ok));

  const version = JSON.parse(readFileSync('dist/version.json', 'utf8')) as { built: string };
  const gasCall = (page: import('@playwright/test').Page) => page.locator('#first-actions a[href^="tel:"]').filter({ hasText: /0000.80000/ });
  const online = await browser.newContext();
  const offline = await browser.newContext();
  let server = await serve('dist', PORT3);
  try {
    const page = await online.newPage();
    const away = await offline.newPage();
    for (const p of [page, away]) {
      await p.goto(`http://127.0.0.1:${PORT3}/emergency/gas-leak/`);
      await controlled(p);
      await expect(gasCall(p).first()).toContainText(/0000.8000004 /);
      // the worker has noted which numbers it holds
      await expect.poll(() => p.evaluate(async () => !!(await caches.match('/__wuye/version')))).toBe(true);
    }
    expect(await builtOk).toBe(0);
    await stop(server);
    server = await serve(next, PORT3);

    await page.goto(`http://127.0.0.1:${PORT3}/emergency/`);
    // no tap on 更新: the new number arrives by itself
    await page.goto(`http://127.0.0.1:${PORT3}/emergency/gas-leak/`);
    await expect(gasCall(page).first()).toContainText(/0000.8000044 /, { timeout: 120_000 });
    await page.reload();
    await expect(gasCall(page).first()).toContainText(/0000.8000044 /);

    await offline.setOffline(true);
    await away.goto(`http://127.0.0.1:${PORT3}/emergency/gas-leak/`);
    await expect(gasCall(away).first()).toContainText(/0000.8000004 /);
    await expect(away.locator('[data-numbers-date]')).toHaveText(`没有网络：这台手机上的电话号码和预案是 ${version.built} 的版本。`);
  } finally {
    await stop(server);
    await online.close();
    await offline.close();
    built.kill();
    rmSync(work, { recursive: true, force: true });
  }
});
