// One-time migration (issue 23): drills' nodes, content/sources.yaml and content/aliases.yaml kept
// their entries under free keys (a node id, a source key, a colloquial word), which a form-based
// editor cannot rename or add without losing data. Now each is a list of objects that carry their
// key as a field: `nodes: [{ id: alarm, text: … }]`, `sources: [{ id: seed-001, title: … }]`,
// `aliases: [{ word: 困梯, to: 困人, page: … }]`. The schemas turn the lists back into the records
// the site uses, so nothing downstream changes.
//
//   node scripts/migrate-keyed-lists.mjs --snapshot   record what the old files parse to (with the
//                                                     old schemas) in test/fixtures/migration/keyed-lists-v1.json
//   node scripts/migrate-keyed-lists.mjs              rewrite the files in the new format
//
// Comments, key order and the rest of each file are kept (the yaml Document API edits in place).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, parseDocument, YAMLMap, YAMLSeq, Pair, Scalar } from 'yaml';

const snapshotFile = 'test/fixtures/migration/keyed-lists-v1.json';
/** @param {string} root */
const drillFiles = (root) =>
  readdirSync(join(root, 'content/drills'))
    .filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
    .sort()
    .map((f) => join(root, 'content/drills', f));
const roots = ['.', 'test/fixtures/content/valid'];

if (process.argv.includes('--snapshot')) {
  // The schemas as they were before this migration (keyed maps), so the snapshot is what the site used.
  const { z } = await import('astro/zod');
  const { drillChoice } = await import('../src/schemas/drill.ts');
  const { nonEmpty, slug } = await import('../src/schemas/common.ts');
  const { aliasSchema, sourceDocSchema } = await import('../src/schemas/site.ts');
  const oldDrill = z.strictObject({
    title: nonEmpty,
    summary: nonEmpty,
    plan: slug,
    role: slug,
    startClock: z.string(),
    start: slug,
    nodes: z.record(slug, z.strictObject({ text: nonEmpty, end: z.boolean().default(false), choices: z.array(drillChoice).default([]) })),
  });
  /** @param {string} p */
  const read = (p) => parseDocument(readFileSync(p, 'utf8')).toJS();
  const out = {
    drills: Object.fromEntries(drillFiles('.').map((p) => [p.replace(/^.*\//, '').replace(/\.yaml$/, ''), oldDrill.parse(read(p))])),
    sources: z.record(z.string(), sourceDocSchema).parse(read('content/sources.yaml')),
    aliases: z.record(z.string(), aliasSchema).parse(read('content/aliases.yaml')),
  };
  writeFileSync(snapshotFile, JSON.stringify(out, null, 1) + '\n');
  console.log(`已记录 ${Object.keys(out.drills).length} 个演练、${Object.keys(out.sources).length} 条出处、${Object.keys(out.aliases).length} 个口语词：${snapshotFile}`);
} else {
  /**
   * A map's pairs as list items, each with its key as the first field; comments stay with their entry.
   * @param {import('yaml').Document} doc
   * @param {unknown} map
   * @param {string} keyName
   * @param {string} where
   */
  const toList = (doc, map, keyName, where) => {
    if (!isMap(map)) throw new Error(`${where} 不是键值表（已经迁移过？）`);
    const seq = new YAMLSeq();
    for (const pair of map.items) {
      const key = isScalar(pair.key) ? pair.key : new Scalar(pair.key);
      if (!isMap(pair.value)) throw new Error(`${where}.${key.value} 不是对象`);
      const item = new YAMLMap();
      item.flow = pair.value.flow;
      // a key YAML read as a number (5S is text, but a bare 110 would not be) stays text
      const keyNode = doc.createNode(String(key.value));
      item.items.push(new Pair(doc.createNode(keyName), keyNode), ...pair.value.items);
      item.commentBefore = key.commentBefore;
      item.comment = pair.value.comment;
      seq.items.push(item);
    }
    seq.commentBefore = map.commentBefore;
    seq.comment = map.comment;
    return seq;
  };
  /** @param {string} p @param {import('yaml').Document} doc */
  const write = (p, doc) => writeFileSync(p, doc.toString({ lineWidth: 0, flowCollectionPadding: true }));
  let n = 0;
  for (const root of roots) {
    for (const p of drillFiles(root)) {
      const doc = parseDocument(readFileSync(p, 'utf8'));
      doc.set('nodes', toList(doc, doc.get('nodes', true), 'id', `${p}: nodes`));
      write(p, doc);
      n++;
    }
    for (const [file, listKey, keyName] of [
      ['sources.yaml', 'sources', 'id'],
      ['aliases.yaml', 'aliases', 'word'],
    ]) {
      const p = join(root, 'content', file);
      // its contents are replaced by a node made here, not parsed: a plain Document holds either
      /** @type {import('yaml').Document} */
      const doc = parseDocument(readFileSync(p, 'utf8'));
      const seq = toList(doc, doc.contents, keyName, p);
      // the file's own heading comment stays at the top, above the list's key
      const top = new YAMLMap();
      top.items.push(new Pair(doc.createNode(listKey), seq));
      top.commentBefore = seq.commentBefore;
      seq.commentBefore = undefined;
      doc.contents = top;
      write(p, doc);
      n++;
    }
  }
  console.log(`已改写 ${n} 个文件`);
}
