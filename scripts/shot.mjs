// Screenshot a page at phone width: node scripts/shot.mjs <url> <out.png> [width] [fullPage]
import { chromium } from '@playwright/test';
const [url, out, width = '412', full = ''] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, deviceScaleFactor: 1, locale: 'zh-CN' });
await page.goto(url);
await page.screenshot({ path: out, fullPage: full === 'full' });
await browser.close();
