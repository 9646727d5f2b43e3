import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { contentFolders, folderNames, type FolderName } from './schemas/collections.ts';
import { aliasesFileSchema, aliasSchema, siteSchema, sourceDocSchema, sourcesFileSchema } from './schemas/site.ts';

// Cross-references between collections are checked by the content-guard integration before the
// build (src/schemas/check-all.ts); here each collection is loaded and typed with its own schema.
const loaders = {
  mdx: (dir: string) => glob({ pattern: '**/[^_]*.mdx', base: `./content/${dir}` }),
  yaml: (dir: string) => glob({ pattern: '**/[^_]*.yaml', base: `./content/${dir}` }),
};
/** content/<name>/ as a collection, keeping each folder's own schema in its type */
type FolderCollections = { [K in FolderName]: { loader: ReturnType<typeof glob>; schema: (typeof contentFolders)[K]['schema'] } };
const folders = Object.fromEntries(folderNames.map((name) => [name, defineCollection({ loader: loaders[contentFolders[name].kind](name), schema: contentFolders[name].schema })])) as FolderCollections;

export const collections = {
  ...folders,
  site: defineCollection({
    loader: file('./content/site.yaml', { parser: (text) => ({ site: parseYamlObject(text) }) }),
    schema: siteSchema,
  }),
  // the files hold lists (so the editor at /admin/ can add and rename entries); entries are keyed
  // by id / word as before
  sources: defineCollection({ loader: file('./content/sources.yaml', { parser: (text) => sourcesFileSchema.parse(parse(text)) }), schema: sourceDocSchema }),
  aliases: defineCollection({ loader: file('./content/aliases.yaml', { parser: (text) => aliasesFileSchema.parse(parse(text)) }), schema: aliasSchema }),
};

function parseYamlObject(text: string): Record<string, unknown> {
  return z.record(z.string(), z.unknown()).parse(parse(text));
}
