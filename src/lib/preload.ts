/**
 * Scripts a module needs before it runs: its static imports and theirs, as Vite writes them in
 * built chunks (`from"./x.js"`, `import"./x.js"`). Dynamic imports are left out: they load when
 * used. Listed so a page can ask for all of them at once when search is touched, instead of one
 * round trip per level of imports (each is 150 ms or more on a slow phone network).
 */
const STATIC = /(?:\bfrom|\bimport)\s*["']\.\/([\w.-]+\.js)["']/g;

export function staticImportsOf(entries: string[], read: (file: string) => string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of read(file).matchAll(STATIC)) visit(m[1]!);
  };
  for (const e of entries) visit(e);
  return [...seen];
}
