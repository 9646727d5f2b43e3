// Renders public/favicon.svg to the PNG icons the web app manifest needs (run once after changing
// the logo: node scripts/make-icons.mjs). Uses the same Debian Chromium as the tests.
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';

const svg = readFileSync('public/favicon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const [size, padding, name] of /** @type {[size: number, padding: number, file: string][]} */ ([
  [192, 0, 'icon-192.png'],
  [512, 0, 'icon-512.png'],
  [512, 64, 'maskable-512.png'],
])) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const inner = size - padding * 2;
  await page.setContent(`<body style="margin:0;background:#0b5cad;display:grid;place-items:center;height:${size}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</body>`);
  await page.screenshot({ path: `public/icons/${name}` });
  await page.close();
}
await browser.close();
