/**
 * Issue 23 turned three keyed maps into lists, so the editor at /admin/ can add and rename entries:
 * drills' situations (`nodes`), content/sources.yaml and content/aliases.yaml. keyed-lists-v1.json
 * was recorded just before (scripts/migrate-keyed-lists.mjs --snapshot): what the old files parsed
 * to with the old schemas. The lists must parse to exactly that, in the same order, or a drill would
 * play differently, a citation would lose its source, or a search word would stop finding its page.
 * A key written twice must fail the content check and say which file and which key.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { drillSchema } from '../../src/schemas/drill.ts';
import { readContent } from '../../src/schemas/read-content.ts';
import { aliasesFileSchema, sourcesFileSchema } from '../../src/schemas/site.ts';
import { formatIssue } from '../../src/schemas/issue.ts';
import { validateContent } from '../../src/schemas/validate.ts';

type Snapshot = { drills: Record<string, { nodes: Record<string, unknown> }>; sources: Record<string, unknown>; aliases: Record<string, unknown> };
const before = JSON.parse(readFileSync('test/fixtures/migration/keyed-lists-v1.json', 'utf8')) as Snapshot;
const yaml = (path: string) => parse(readFileSync(path, 'utf8')) as unknown;
const drillIds = readdirSync('content/drills')
  .filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
  .map((f) => f.slice(0, -'.yaml'.length));

describe('keyed maps become lists without changing what the site reads', () => {
  it('recorded every drill, and all sources and aliases', () => {
    expect(Object.keys(before.drills).sort()).toEqual([...drillIds].sort());
    expect(Object.keys(before.sources).length).toBeGreaterThan(40);
    expect(Object.keys(before.aliases).length).toBeGreaterThan(500);
  });

  for (const id of Object.keys(before.drills))
    it(`drill ${id}: the same situations, choices and order`, () => {
      const raw = yaml(`content/drills/${id}.yaml`) as { nodes: unknown };
      expect(Array.isArray(raw.nodes)).toBe(true);
      const now = drillSchema.parse(raw);
      expect(now).toEqual(before.drills[id]);
      expect(Object.keys(now.nodes)).toEqual(Object.keys(before.drills[id].nodes));
    });

  it('sources: the same keys, documents and order', () => {
    const now = sourcesFileSchema.parse(yaml('content/sources.yaml'));
    expect(now).toEqual(before.sources);
    expect(Object.keys(now)).toEqual(Object.keys(before.sources));
  });

  it('aliases: the same words, targets and order', () => {
    const now = aliasesFileSchema.parse(yaml('content/aliases.yaml'));
    expect(now).toEqual(before.aliases);
    expect(Object.keys(now)).toEqual(Object.keys(before.aliases));
  });
});

describe('a key written twice', () => {
  const issuesWith = (patch: (raw: ReturnType<typeof readContent>['raw']) => void) => {
    const { raw } = readContent('test/fixtures/content/valid');
    patch(raw);
    return validateContent(raw).map(formatIssue);
  };
  it('is clean before the patch', () => expect(issuesWith(() => {})).toEqual([]));

  it('a drill situation id: names the file and the id', () => {
    const issues = issuesWith((raw) => {
      const nodes = (raw.drills[0].data as { nodes: { id: string }[] }).nodes;
      nodes.push({ ...nodes.find((n) => n.id === 'call')! });
    });
    expect(issues).toEqual([expect.stringMatching(/^content\/drills\/night-lift\.yaml：字段 nodes\.\d+\.id：情境编号「call」重复/)]);
  });
  it('a source key: names the file and the key', () => {
    const issues = issuesWith((raw) => {
      const list = (raw.sources.data as { sources: { id: string }[] }).sources;
      list.push({ ...list[0] });
    });
    expect(issues).toEqual([expect.stringMatching(/^content\/sources\.yaml：字段 sources\.2\.id：出处键「seed-002」重复：第 1 项和第 3 项/)]);
  });
  it('an alias word: names the file and the word', () => {
    const issues = issuesWith((raw) => {
      const list = (raw.aliases.data as { aliases: { word: string; to: string }[] }).aliases;
      list.push({ word: '困梯', to: '电梯故障' });
    });
    expect(issues).toEqual([expect.stringMatching(/^content\/aliases\.yaml：字段 aliases\.1\.word：口头说法「困梯」重复/)]);
  });
});
