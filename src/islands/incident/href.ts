import type { Incident } from '../../lib/storage/incidents-schema.ts';
import { routes } from '../../lib/routes.ts';

/** Where an incident's run (or, once finished, its record) opens. */
export const runHref = (inc: Incident) => routes.emergency.run(inc.plan, inc.id);
