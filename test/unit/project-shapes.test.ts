/** The shapes src/lib reads (src/lib/project/shapes.ts) are exactly what the schemas parse to. */
import type { z } from 'astro/zod';
import { describe, expectTypeOf, it } from 'vitest';
import type { ContactOverride, ProjectContacts, ProjectFacts, SiteContact } from '../../src/lib/project/shapes.ts';
import type { ProjectData } from '../../src/schemas/project.ts';
import type { siteContact } from '../../src/schemas/site.ts';

describe('project shapes', () => {
  it('match the schemas (checked by tsc in npm test)', () => {
    expectTypeOf<z.infer<typeof siteContact>>().toEqualTypeOf<SiteContact>();
    expectTypeOf<ProjectData['contacts']>().toEqualTypeOf<ProjectContacts>();
    expectTypeOf<ProjectData['contacts'][string]>().toEqualTypeOf<ContactOverride>();
    expectTypeOf<ProjectData['facts']>().toEqualTypeOf<ProjectFacts>();
  });
});
