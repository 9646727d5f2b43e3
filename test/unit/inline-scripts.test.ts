/** The page's own scripts are strings (so the CSP can hash them): nothing else would notice a typo. */
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import * as inline from '../../src/layouts/inline-scripts.ts';

describe('inline page scripts', () => {
  for (const [name, source] of Object.entries(inline).filter(([n]) => n !== 'SPECULATION_RULES'))
    it(`${name} is valid JavaScript`, () => {
      expect(() => new Script(source as string, { filename: name })).not.toThrow();
    });
  it('the speculation rules are valid JSON that prepares only the first search result', () => {
    const rules = JSON.parse(inline.SPECULATION_RULES) as { prerender: { where: { selector_matches: string }; eagerness: string }[] };
    expect(rules.prerender).toHaveLength(1);
    expect(rules.prerender[0]!.where.selector_matches).toBe('[data-search-suggest] li:first-child a');
  });
});

describe('inline page scripts read the stores’ own keys', async () => {
  const { keyOf } = await import('../../src/lib/storage/kv.ts');
  it('settings and progress keys come from keyOf, so a storage version bump reaches them', () => {
    expect(inline.HEAD_SCRIPT).toContain(JSON.stringify(keyOf('settings')));
    expect(inline.BODY_SCRIPT).toContain(JSON.stringify(keyOf('settings')));
    expect(inline.ARTICLE_SCRIPT).toContain(JSON.stringify(keyOf('progress')));
    expect(Object.values(inline).join('\n')).not.toMatch(/'wuye:v\d+:/);
  });
});
