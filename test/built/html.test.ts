/** What a browser is not needed for: every built page is valid HTML and every link leads somewhere. */
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { htmlFiles } from './dist-files';

test('every built page passes the HTML validator', async () => {
  const hv = new HtmlValidate(new FileSystemConfigLoader());
  const problems: string[] = [];
  const files = htmlFiles();
  expect(files.length).toBeGreaterThan(100);
  for (const f of files) {
    const r = await hv.validateFile(f);
    for (const res of r.results) for (const m of res.messages) problems.push(`${f}:${m.line} ${m.ruleId} ${m.message}`);
  }
  expect(problems).toEqual([]);
});

test('every internal link and anchor resolves', () => {
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) ids.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
    return ids.get(file)!;
  };
  const broken: string[] = [];
  let checked = 0;
  for (const f of htmlFiles()) {
    const html = readFileSync(f, 'utf8');
    const page = '/' + f.slice('dist/'.length).replace(/index\.html$/, '');
    for (const [, raw] of html.matchAll(/\shref="([^"]+)"/g)) {
      const href = raw.replace(/&amp;/g, '&');
      if (/^(https?:|tel:|mailto:|data:)/.test(href)) continue;
      const url = new URL(href, `http://x${page}`);
      let target = join('dist', decodeURIComponent(url.pathname));
      if (url.pathname.endsWith('/')) target = join(target, 'index.html');
      checked++;
      if (!existsSync(target)) {
        broken.push(`${f}: ${href}（页面不存在）`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      // /admin/#/collections/… is the content editor's own address, not an anchor on its page
      if (anchor && !anchor.startsWith('exam=') && !anchor.startsWith('/') && target.endsWith('.html') && !idsOf(target).has(anchor)) broken.push(`${f}: ${href}（锚点不存在）`);
    }
  }
  expect(checked).toBeGreaterThan(1000);
  expect(broken).toEqual([]);
});
