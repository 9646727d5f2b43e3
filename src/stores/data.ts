// One module per stored value (progress.ts, cards.ts …) so each island bundles only the stores
// and checks it uses; this file gathers them for the pages that use everything.
export { progress } from './progress.ts';
export { cards } from './cards.ts';
export { checklists } from './checklists.ts';
export { drills } from './drills.ts';
export { settings } from './settings.ts';
