import { LABELS } from '../lib/storage/kv.ts';
import { emptyRoster, parseRoster } from '../lib/storage/roster-schema.ts';
import { stored } from './persist.ts';

// Named here, not in kv.ts's table: that table ships with every island, this store only with the
// console's folded panels, and a notice about it must still say what it is.
LABELS.roster = '人员名单';

/** Loaded with the roster panel and the console move only: the console's first screen never reads it. */
export const roster = stored('roster', parseRoster, emptyRoster);
