/**
 * The content editor's config (src/lib/cms/config.ts) against the zod schemas, which decide what
 * is valid: every field a schema knows is in the form (a field left out would be dropped when an
 * editor saves), nothing else is, and a field the schema requires is required in the form.
 * And every 编辑此页 link names a collection the editor has.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { cmsConfig } from '../../src/lib/cms/config.ts';
import { editorEntry } from '../../src/lib/cms/links.ts';
import { cmsInputs } from '../../src/integrations/cms.ts';
import { contentFolders, folderNames } from '../../src/schemas/collections.ts';
import { checklistSchema } from '../../src/schemas/checklist.ts';
import { daySchema } from '../../src/schemas/day.ts';
import { drillSchema } from '../../src/schemas/drill.ts';
import { emergencySchema } from '../../src/schemas/emergency.ts';
import { examSchema } from '../../src/schemas/exam.ts';
import { handbookSchema } from '../../src/schemas/handbook.ts';
import { projectSchema } from '../../src/schemas/project.ts';
import { quizBankSchema } from '../../src/schemas/quiz.ts';
import { roleSchema } from '../../src/schemas/role.ts';
import { aliasesFileSchema, sourcesFileSchema } from '../../src/schemas/site.ts';

type Field = { name: string; required?: boolean; fields?: Field[]; field?: Field; types?: (Field & { fields: Field[] })[]; typeKey?: string };
type Collection = { name: string; folder?: string; extension?: string; fields: Field[]; files?: { name: string; file: string; fields: Field[] }[] };
const config = cmsConfig(cmsInputs(process.cwd())) as { collections: Collection[] };
const byName = new Map(config.collections.map((c) => [c.name, c]));

/** the object schema inside optional/default/pipe wrappers */
function unwrap(s: z.ZodType): z.ZodType {
  const def = (s as unknown as { def: { type: string; innerType?: z.ZodType; in?: z.ZodType } }).def;
  if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable') && def.innerType) return unwrap(def.innerType);
  if (def.type === 'pipe' && def.in) return unwrap(def.in);
  return s;
}
const shapeOf = (s: z.ZodType) => (unwrap(s) as unknown as { shape?: Record<string, z.ZodType> }).shape;
const optional = (s: z.ZodType) => s.safeParse(undefined).success;

/** Differences between a form's fields and an object schema, recursively, as readable paths. */
function compare(fields: Field[], schema: z.ZodType, at: string, out: string[]) {
  const shape = shapeOf(schema);
  if (!shape) return;
  const names = new Set(fields.map((f) => f.name));
  for (const key of Object.keys(shape)) if (!names.has(key)) out.push(`${at}${key}: 表单里没有`);
  for (const f of fields) {
    const s = shape[f.name];
    if (!s) {
      if (f.name !== 'body') out.push(`${at}${f.name}: 模式里没有`);
      continue;
    }
    const required = f.required !== false;
    if (required !== !optional(s) && !(f.name === 'correct')) out.push(`${at}${f.name}: 表单${required ? '必填' : '选填'}，模式${optional(s) ? '选填' : '必填'}`);
    const inner = unwrap(s) as unknown as { def: { type: string; element?: z.ZodType } };
    if (f.fields && inner.def.type === 'object') compare(f.fields, s, `${at}${f.name}.`, out);
    if (f.fields && inner.def.type === 'array' && inner.def.element) compare(f.fields, inner.def.element, `${at}${f.name}[].`, out);
  }
}

describe('content editor config', () => {
  const cases: [string, z.ZodType][] = [
    ['projects', projectSchema],
    ['exams', examSchema],
    ['checklists', checklistSchema],
    ['emergencies', emergencySchema],
    ['handbook-cleaning', handbookSchema],
    ['roles', roleSchema],
    ['day', daySchema],
    ['drills', drillSchema],
  ];
  for (const [name, schema] of cases)
    it(`${name}: the form has exactly the schema's fields, required where the schema requires them`, () => {
      const out: string[] = [];
      compare(byName.get(name)?.fields ?? [], schema, '', out);
      expect(out).toEqual([]);
    });

  // src/lib cannot import the schemas' list of folders, so the list holds the editor to it
  it('every folder of content/ can be edited, as files of its kind', () => {
    const missing = folderNames.filter(
      (name) => !config.collections.some((c) => (c.folder === `content/${name}` || c.folder?.startsWith(`content/${name}/`)) && c.extension === contentFolders[name].kind),
    );
    expect(missing).toEqual([]);
  });

  // one-file collections: the file's form against the schema of the whole file
  const files: [string, string, z.ZodType][] = [
    ['sources', 'content/sources.yaml', sourcesFileSchema],
    ['aliases', 'content/aliases.yaml', aliasesFileSchema],
  ];
  for (const [name, file, schema] of files)
    it(`${name}: edits ${file}, with exactly the schema's fields`, () => {
      const entries = byName.get(name)?.files ?? [];
      expect(entries.map((e) => e.file)).toEqual([file]);
      const out: string[] = [];
      compare(entries[0].fields, schema, '', out);
      expect(out).toEqual([]);
    });

  it('every field of the drill, source and alias forms has a Chinese label and a hint', () => {
    const missing: string[] = [];
    const walk = (fields: Field[], at: string) => {
      for (const f of fields as (Field & { label?: string; hint?: string })[]) {
        if (!/\p{Script=Han}/u.test(f.label ?? '')) missing.push(`${at}${f.name}: 没有中文名称`);
        // a select's options say what it is (类别: 公司资料 / 法律法规…)
        if (!f.hint && !('options' in f)) missing.push(`${at}${f.name}: 没有说明`);
        if (f.fields) walk(f.fields, `${at}${f.name}.`);
      }
    };
    walk(byName.get('drills')!.fields, 'drills.');
    for (const name of ['sources', 'aliases']) walk(byName.get(name)!.files![0].fields, `${name}.`);
    expect(missing).toEqual([]);
  });

  it('quizzes: each question type is a variant with exactly its schema fields (choice options as text + correct)', () => {
    const bank = byName.get('quizzes')!;
    const out: string[] = [];
    compare(
      bank.fields.filter((f) => f.name !== 'questions'),
      quizBankSchema,
      '',
      [],
    );
    const questions = bank.fields.find((f) => f.name === 'questions')!;
    expect(questions.typeKey).toBe('type');
    const union = (shapeOf(quizBankSchema)!.questions as unknown as { def: { element: z.ZodType } }).def.element;
    const variants = (unwrap(union) as unknown as { def: { options: z.ZodType[] } }).def.options;
    const types = questions.types!;
    expect(types.map((t) => t.name).sort()).toEqual(variants.map((v) => (shapeOf(v)!.type as unknown as { def: { values: string[] } }).def.values[0]).sort());
    for (const v of variants) {
      const name = (shapeOf(v)!.type as unknown as { def: { values: string[] } }).def.values[0];
      const form = types.find((t) => t.name === name)!;
      // `type` is the variant itself
      compare([{ name: 'type', required: true }, ...form.fields], v, `${name}.`, out);
    }
    expect(out).toEqual([]);
  });

  it('every handbook section, and every kind of 编辑此页 link, has its collection', () => {
    const links = [
      editorEntry('handbook', 'cleaning/garbage-retention'),
      editorEntry('emergencies', 'fire'),
      editorEntry('quizzes', 'security'),
      editorEntry('checklists', 'patrol-shift'),
      editorEntry('drills', 'night-lift-entrapment'),
    ];
    for (const href of links) {
      const m = /^\/admin\/#\/collections\/([a-z-]+)\/entries\/([a-z0-9-]+)$/.exec(href);
      expect(m, href).not.toBeNull();
      expect(byName.has(m![1]), href).toBe(true);
    }
    expect(byName.get('handbook-cleaning')?.folder).toBe('content/handbook/cleaning');
  });
});
