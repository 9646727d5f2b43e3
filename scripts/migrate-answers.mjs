// One-time migration of the question banks (issue 23): choice questions used to give their key as
// option positions (`answer: 2`, `answer: [0, 2, 3]`); now each right option says so itself
// (`- text: …` / `correct: true`), which an editor can tick in the content editor at /admin/.
//
//   node scripts/migrate-answers.mjs --snapshot   record every choice question's key (old format)
//                                                 in test/fixtures/migration/answer-keys-v1.json
//   node scripts/migrate-answers.mjs              rewrite content/quizzes/*.yaml in the new format
//
// Comments, key order and the rest of each file are kept (the yaml Document API edits in place).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, parseDocument } from 'yaml';
import { flagged } from '../src/lib/quiz/answer-format.ts';

const dir = 'content/quizzes';
const snapshotFile = 'test/fixtures/migration/answer-keys-v1.json';
/** @type {Set<unknown>} */
const CHOICE = new Set(['single', 'multiple', 'scenario']);
const banks = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
  .sort();

if (process.argv.includes('--snapshot')) {
  /** @type {Record<string, Record<string, unknown>>} */
  const out = {};
  for (const f of banks) {
    /** @type {{ questions: { id: string, type: string, options: unknown, answer: unknown }[] }} */
    const data = parseDocument(readFileSync(join(dir, f), 'utf8')).toJS();
    out[f.replace(/\.yaml$/, '')] = Object.fromEntries(data.questions.filter((q) => CHOICE.has(q.type)).map((q) => [q.id, { type: q.type, options: q.options, answer: q.answer }]));
  }
  writeFileSync(snapshotFile, JSON.stringify(out, null, 1) + '\n');
  console.log(`已记录 ${Object.values(out).reduce((n, b) => n + Object.keys(b).length, 0)} 道选择题的答案：${snapshotFile}`);
} else {
  let moved = 0;
  for (const f of banks) {
    const path = join(dir, f);
    const doc = parseDocument(readFileSync(path, 'utf8'));
    const questions = doc.get('questions');
    if (!isSeq(questions)) throw new Error(`${path}: questions 不是列表`);
    for (const q of questions.items) {
      if (!isMap(q) || !CHOICE.has(q.get('type')) || !q.has('answer')) continue;
      const texts = doc.createNode(q.get('options')).toJSON();
      const answer = /** @type {import('yaml').Node} */ (q.get('answer', true)).toJSON();
      const node = doc.createNode(flagged(texts, answer));
      node.flow = false;
      for (const item of node.items) item.flow = false;
      q.set('options', node);
      q.delete('answer');
      moved++;
    }
    writeFileSync(path, doc.toString({ lineWidth: 0, flowCollectionPadding: false }));
  }
  console.log(`已改写 ${moved} 道选择题的答案格式`);
}
