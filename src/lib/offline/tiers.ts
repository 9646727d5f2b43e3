/**
 * Which built files a phone stores when the handbook is first opened, and which it stores later.
 * Mid-shift a guard needs plans, the incident run, handbook pages, shift checklists and search,
 * offline, at once; quizzes, drills, flashcards, exams and wall cards for printing are training
 * material, stored on first use or when the phone sits idle on Wi-Fi (see warm.ts), so the first
 * install stays small on a prepaid data plan.
 */
export type Tier = 'shift' | 'training';

/** Paths are relative to the built folder, without a leading slash (as Workbox lists them). */
export function tierOf(path: string): Tier {
  const p = path.replace(/^\/+/, '');
  if (/^(exam-data|assess)\//.test(p)) return 'training';
  if (/^emergency\/[^/]+\/print\//.test(p)) return 'training';
  // a shift checklist is filled in on the rounds; its printed form is for the office
  if (/^train\/checklist\/[^/]+\/index\.html$/.test(p)) return 'shift';
  if (/^train\//.test(p)) return 'training';
  return 'shift';
}
