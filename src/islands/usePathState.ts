import type { PathState } from '../lib/path.ts';
import { cards } from '../stores/cards.ts';
import { checklists } from '../stores/checklists.ts';
import { drills } from '../stores/drills.ts';
import { progress } from '../stores/progress.ts';
import { useStored } from './useStored.ts';

/** Everything a learning path's completion is computed from, kept current across tabs. */
export function usePathState(): PathState {
  return {
    progress: useStored(progress.$store, progress.initial),
    cards: useStored(cards.$store, cards.initial),
    checklists: useStored(checklists.$store, checklists.initial),
    drills: useStored(drills.$store, drills.initial),
  };
}
