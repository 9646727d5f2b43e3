/**
 * `npm run screenshots`: regenerates docs/screenshots/ — each screen driven into a real state, at a
 * 390×844 phone and a 1280×800 desktop. Not part of `npm test` (playwright.config.ts keeps
 * testDir test/e2e); its own port, so it can run beside a test run.
 */
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.SCREENS_PORT ?? 4337);

export default defineConfig({
  testDir: 'test/screens',
  timeout: 180_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    colorScheme: 'light',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // Debian's Chromium as root in a closed network: no sandbox, no background connections.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    // A phone at 1× keeps the PNGs small; CJK text at 16 px stays legible.
    { name: 'phone', use: { browserName: 'chromium', viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true } },
    { name: 'desktop', use: { browserName: 'chromium', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 } },
  ],
  webServer: {
    command: `node scripts/serve.mjs ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
