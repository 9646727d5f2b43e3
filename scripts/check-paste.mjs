// Lists every run of 24+ characters in content/ that repeats a seed document once width,
// punctuation and whitespace are ignored.
import { scanPasted } from '../src/schemas/paste-scan.ts';
import { formatIssue } from '../src/schemas/issue.ts';

const hits = scanPasted(process.cwd());
if (hits === null) {
  console.error('没有找到公司资料原文（../shared/seeds 或 SEEDS_DIR），无法检查照抄。');
  process.exit(1);
}
for (const h of hits) console.error(formatIssue(h));
if (hits.length) {
  console.error(`\n${hits.length} 处与公司资料逐字相同：请用自己的话重写。`);
  process.exit(1);
}
console.log('未发现照抄。');
