import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PORT = 4391;
async function serve(dir: string): Promise<ChildProcess> {
  const p = spawn(process.execPath, ['scripts/serve.mjs', String(PORT)], { env: { ...process.env, DIST_DIR: dir }, stdio: 'pipe' });
  await new Promise<void>((ok) => p.stdout!.once('data', () => ok()));
  return p;
}

test('a new deployment is offered with 更新 instead of silently serving the old one', async ({ page }) => {
  test.setTimeout(90_000);
  const next = mkdtempSync(join(tmpdir(), 'wuye-next-'));
  cpSync('dist', next, { recursive: true });
  appendFileSync(join(next, 'sw.js'), '\n// next deployment\n');
  let server = await serve('dist');
  try {
    await page.goto(`http://127.0.0.1:${PORT}/handbook/`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    });
    const banner = page.locator('[data-update]');
    await expect(banner).toBeHidden();

    server.kill();
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
