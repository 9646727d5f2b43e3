// Lists every run of 24+ characters in content/ that is identical to a seed document.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pastedRuns, seedGrams } from '../src/schemas/paste-check.ts';

const seedsDir = process.env.SEEDS_DIR ?? join(process.cwd(), '..', 'shared', 'seeds');
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(seedsDir, f), 'utf8'));
const grams = seedGrams(seeds);
const files = [];
const walk = (d) => { for (const f of readdirSync(d)) { const p = join(d, f); statSync(p).isDirectory() ? walk(p) : files.push(p); } };
walk(join(process.cwd(), 'content'));
let bad = 0;
for (const f of files) {
  for (const hit of pastedRuns(readFileSync(f, 'utf8'), grams)) { bad++; console.error(`${f}: …${hit}…`); }
}
if (bad) { console.error(`\n${bad} 处与种子文档逐字相同（24 字以上）：请用自己的话重写。`); process.exit(1); }
console.log(`未发现照抄：检查了 ${files.length} 个内容文件。`);
