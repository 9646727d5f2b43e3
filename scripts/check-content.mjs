// Validates content/ with the same schemas and cross-reference checks the build runs.
import { checkAll } from '../src/schemas/check-all.ts';
import { formatIssue } from '../src/schemas/issue.ts';

const { raw, issues } = checkAll(process.cwd(), { purpose: 'content' });
if (issues.length) {
  console.error(`内容检查未通过，共 ${issues.length} 处问题：`);
  for (const i of issues) console.error('  ' + formatIssue(i));
  process.exit(1);
}
/** @param {'handbook' | 'emergencies' | 'roles' | 'day' | 'quizzes' | 'drills' | 'checklists' | 'exams'} k */
const n = (k) => raw[k].length;
console.log(
  `内容检查通过：手册 ${n('handbook')} 页，应急预案 ${n('emergencies')} 个，岗位 ${n('roles')} 个，时间线 ${n('day')} 条，题库 ${n('quizzes')} 个，演练 ${n('drills')} 个，检查表 ${n('checklists')} 张，考试 ${n('exams')} 套。`,
);
