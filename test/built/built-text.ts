import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The visible text of a built page's <main>, whitespace removed (the facts fixture ignores it too). */
export function builtText(pageId: string): string {
  const file = join('dist', pageId, 'index.html');
  if (!existsSync(file)) throw new Error(`没有构建出页面 ${pageId}（${file}）`);
  const html = readFileSync(file, 'utf8');
  const main = /<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? html;
  return main
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, '');
}

/** True when, around some occurrence of the first needle, every other needle is within `reach` characters. */
export function allWithin(text: string, needles: string[], reach: number): boolean {
  const [first, ...rest] = needles;
  for (let i = text.indexOf(first); i >= 0; i = text.indexOf(first, i + 1)) {
    const around = text.slice(Math.max(0, i - reach), i + first.length + reach);
    if (rest.every((n) => around.includes(n))) return true;
  }
  return false;
}
