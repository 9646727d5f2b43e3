import { it } from 'vitest';
import { plan, top3 } from './helpers/search-site.ts';
it('dbg', () => {
  for (const q of process.env.QS!.split(',')) {
    const p = plan(q);
    console.log(q, JSON.stringify({ terms: p.terms, full: p.full, c: p.corrections, loose: p.loose }), top3(q).join(' '));
  }
});
