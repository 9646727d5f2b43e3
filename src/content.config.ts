import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { checklistSchema } from './schemas/checklist.ts';
import { daySchema } from './schemas/day.ts';
import { drillSchema } from './schemas/drill.ts';
import { emergencySchema } from './schemas/emergency.ts';
import { examSchema } from './schemas/exam.ts';
import { handbookSchema } from './schemas/handbook.ts';
import { quizBankSchema } from './schemas/quiz.ts';
import { roleSchema } from './schemas/role.ts';
import { aliasesFileSchema, aliasSchema, siteSchema, sourceDocSchema, sourcesFileSchema } from './schemas/site.ts';

// Cross-references between collections are checked by the content-guard integration before the
// build (src/schemas/validate.ts); here each collection is loaded and typed with its own schema.
const mdx = (dir: string) => glob({ pattern: '**/[^_]*.mdx', base: `./content/${dir}` });
const yamlDir = (dir: string) => glob({ pattern: '**/[^_]*.yaml', base: `./content/${dir}` });

export const collections = {
  handbook: defineCollection({ loader: mdx('handbook'), schema: handbookSchema }),
  emergencies: defineCollection({ loader: mdx('emergencies'), schema: emergencySchema }),
  roles: defineCollection({ loader: mdx('roles'), schema: roleSchema }),
  day: defineCollection({ loader: mdx('day'), schema: daySchema }),
  quizzes: defineCollection({ loader: yamlDir('quizzes'), schema: quizBankSchema }),
  drills: defineCollection({ loader: yamlDir('drills'), schema: drillSchema }),
  checklists: defineCollection({ loader: yamlDir('checklists'), schema: checklistSchema }),
  exams: defineCollection({ loader: yamlDir('exams'), schema: examSchema }),
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
