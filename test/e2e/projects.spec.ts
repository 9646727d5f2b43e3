/**
 * One company, many projects: the same handbook built for the demo 小区 (dist/), the demo 写字楼
 * and a fully filled real project (dist-projects/), each showing its own numbers and address.
 */
import { expect, test } from '@playwright/test';
import jsQR from 'jsqr';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { parse } from 'yaml';

const builds = [
  { dir: 'dist', file: 'content/projects/demo.yaml', demo: true },
  { dir: 'dist-projects/demo-office', file: 'content/projects/demo-office.yaml', demo: true },
  { dir: 'dist-projects/ready', file: 'test/fixtures/projects/ready.yaml', demo: false },
].map((b) => ({ ...b, project: parse(readFileSync(b.file, 'utf8')) as { siteUrl: string; contacts: Record<string, { phone: string }>; facts: Record<string, number> } }));

const html = (dir: string, path: string) => readFileSync(join(dir, path, 'index.html'), 'utf8');
/** what a person reads: tags dropped, the unbreakable hyphens and spaces of phone numbers made plain */
const text = (h: string) =>
  h
    .replace(/<[^>]+>/g, ' ')
    .replace(/\u2011/g, '-')
    .replace(/\u00a0/g, ' ');

test('each project’s plan page, wall card and questions show its own numbers', () => {
  const gasPhones = builds.map((b) => b.project.contacts.gas.phone);
  expect(new Set(gasPhones).size).toBe(3);
  for (const b of builds) {
    const gas = b.project.contacts.gas.phone;
    const others = gasPhones.filter((p) => p !== gas);
    for (const page of ['emergency/gas-leak', 'emergency/gas-leak/print']) {
      const t = text(html(b.dir, page));
      expect(t, `${b.dir}/${page}`).toContain(gas);
      for (const o of others) expect(t, `${b.dir}/${page}`).not.toContain(o);
    }
    expect(html(b.dir, 'emergency/gas-leak')).toContain(`href="tel:${gas.replace(/-/g, '')}"`);
    const bank = readFileSync(join(b.dir, 'exam-data', 'emergency-safety.json'), 'utf8');
    expect(bank).toContain(gas);
    expect(bank).not.toContain('{{');
    const lifts = (JSON.parse(readFileSync(join(b.dir, 'exam-data', 'engineering.json'), 'utf8')) as { id: string; answer?: number }[]).find((q) => q.id === 'eng-project-lift-count');
    expect(lifts?.answer, b.dir).toBe(b.project.facts.lifts);
  }
});

test('each project’s wall-card QR code opens that project’s own site', async ({ page }) => {
  for (const b of builds) {
    const card = html(b.dir, 'emergency/fire/print');
    const src = /<img src="(data:image\/svg\+xml[^"]+)"[^>]*data-qr-url/.exec(card)![1].replace(/&amp;/g, '&');
    await page.setContent(`<body style="margin:0;background:#fff"><img id="qr" src="${src}" width="330" height="330"></body>`);
    const png = PNG.sync.read(await page.locator('#qr').screenshot());
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(code?.data, b.dir).toBe(new URL('emergency/fire/', b.project.siteUrl).href);
  }
});

test('every plan page and wall card of a demo build says 示例数据; a real project’s never do', () => {
  for (const b of builds) {
    const plans = readdirSync(join(b.dir, 'emergency'), { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(b.dir, 'emergency', d.name, 'print')));
    expect(plans.length).toBeGreaterThanOrEqual(20);
    for (const d of plans)
      for (const page of [`emergency/${d.name}`, `emergency/${d.name}/print`]) {
        const h = html(b.dir, page);
        expect(h.includes('data-demo-notice') && h.includes('示例数据，不可用于现场'), `${b.dir}/${page}`).toBe(b.demo);
      }
  }
});
