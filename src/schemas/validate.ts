/**
 * Validates the whole content tree: every entry against its schema, then every cross-reference
 * (source, ref, plan, step, contact, actor…), one checker per collection and one per concern that
 * cuts across them (src/schemas/checks/). Pure: takes parsed files, returns problems; what reads
 * the disk and adds the chosen project is check-all.ts.
 */
import type { RawContent } from './collections.ts';
import { checkAliases } from './checks/aliases.ts';
import { checkChecklists } from './checks/checklists.ts';
import { checkContext, type Checker } from './checks/context.ts';
import { checkDay } from './checks/day.ts';
import { checkDrills } from './checks/drills.ts';
import { checkEmergencies } from './checks/emergencies.ts';
import { checkExams } from './checks/exams.ts';
import { checkFairness } from './checks/fairness.ts';
import { checkHandbook } from './checks/handbook.ts';
import { checkLinks } from './checks/links.ts';
import { checkProjects } from './checks/projects.ts';
import { checkQuizzes } from './checks/quizzes.ts';
import { checkRoles } from './checks/roles.ts';
import { checkSite } from './checks/site.ts';
import { checkTemplates } from './checks/templates.ts';
import { checkTitles } from './checks/titles.ts';
import { checkWording } from './checks/wording.ts';
import type { ContentIssue } from './issue.ts';

/** In the order their problems are listed: a file's shape first, what it says last. */
const checkers: Checker[] = [
  checkTitles,
  checkSite,
  checkHandbook,
  checkEmergencies,
  checkRoles,
  checkDay,
  checkQuizzes,
  checkDrills,
  checkChecklists,
  checkExams,
  checkAliases,
  checkProjects,
  checkTemplates,
  checkWording,
  checkLinks,
  checkFairness,
];

export function validateContent(raw: RawContent): ContentIssue[] {
  const issues: ContentIssue[] = [];
  // schema problems are reported while the context is made, before any checker runs
  const context = checkContext(raw, (file, field, message) => issues.push({ file, field, message }));
  for (const check of checkers) check(context);
  return issues;
}
