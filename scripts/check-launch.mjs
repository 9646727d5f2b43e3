// npm run check:launch — can this project go live? Lists every gap in Chinese with file and field:
// numbers a plan, wall card or question would show that are missing or placeholders, a missing or
// example site address, questions that need a project figure it does not state. For the project
// chosen by PROJECT / PROJECT_FILE (the demo by default), or every project with --all.
import { chosenProject, listProjects } from '../src/schemas/project-file.ts';
import { launchProblems } from '../src/schemas/check-all.ts';
import { formatIssue } from '../src/schemas/issue.ts';

const root = process.cwd();
const choices = process.argv.includes('--all') ? listProjects(root).map((id) => chosenProject(root, { PROJECT: id })) : [chosenProject(root)];
let failed = 0;
for (const choice of choices) {
  const r = launchProblems(root, choice);
  if ('siteBroken' in r) {
    console.error('content/site.yaml 有错误，先运行 npm run check:content');
    process.exit(1);
  }
  const { name, problems } = r;
  if (!problems.length) {
    console.log(`✓ ${name}（${choice.file}）：可以上线`);
    continue;
  }
  failed++;
  console.error(`✗ ${name ?? choice.id}（${choice.file}）：不能上线，${problems.length} 处要补：`);
  for (const p of problems) console.error('  ' + formatIssue(p));
}
process.exit(failed ? 1 : 0);
