/** The page's own scripts are strings (so the CSP can hash them): nothing else would notice a typo. */
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import * as inline from '../../src/scripts/inline.ts';

describe('inline page scripts', () => {
  for (const [name, source] of Object.entries(inline))
    it(`${name} is valid JavaScript`, () => {
      expect(() => new Script(source as string, { filename: name })).not.toThrow();
    });
});
