/** The Pagefind index of the built pages, by Pagefind's own Node API (as Starlight runs it). */
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export async function indexSearch(out: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`搜索索引没建成：${errors.join('；')}`);
  try {
    const added = await index.addDirectory({ path: out });
    if (added.errors.length) throw new Error(`搜索索引没建成：${added.errors.join('；')}`);
    const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
    if (written.errors.length) throw new Error(`搜索索引没写成：${written.errors.join('；')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
