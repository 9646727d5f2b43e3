/**
 * The parts of site.yaml and a project file that resolve.ts reads, declared here so src/lib needs
 * nothing from src/schemas. test/unit/project-shapes.test.ts holds them equal to what the schemas
 * parse to: a field added to a schema fails the type check until it is added here too.
 */
import type { FactId } from './facts.ts';

/** A kind of contact in site.yaml (the company's: 燃气抢修, 电梯维保…). */
export interface SiteContact {
  name: string;
  short?: string;
  phone?: string;
  how?: string;
  note?: string;
  /** each project supplies this number in its own file */
  project: boolean;
  /** a service number (95xxx, 96xxx, 12xxx) may be this kind's */
  service: boolean;
}

/** A project's own name and number for one kind of contact. */
export interface ContactOverride {
  name?: string;
  phone?: string;
  how?: string;
  note?: string;
}

export type ProjectContacts = Record<string, ContactOverride>;
export type ProjectFacts = Partial<Record<FactId, string | number>>;
