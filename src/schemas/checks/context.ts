/**
 * What every checker needs, made once per run: each entry parsed with its schema (a file that
 * fails its schema is reported here, once, and left out of the checks that read its fields), the
 * company's actors, contacts and sections, every page and the anchors it will render, and the
 * `report` all problems go through.
 */
import type { z } from 'astro/zod';
import { anchorFor, fixedAnchors, pageIdOf } from '../../lib/routes.ts';
import { headingAnchors } from '../anchors.ts';
import { contentFolders, folderNames, type FolderData, type FolderName, type RawContent, type RawEntry } from '../collections.ts';
import type { EmergencyData } from '../emergency.ts';
import '../issue.ts';
import { aliasesFileSchema, siteSchema, sourcesFileSchema, type AliasData, type SiteData } from '../site.ts';

export type Report = (file: string, field: string, message: string) => void;

export interface Parsed<T> {
  entry: RawEntry;
  data: T;
}

export interface CheckContext {
  raw: RawContent;
  report: Report;
  /** the entries of each folder that passed their schema */
  parsed: { [K in FolderName]: Parsed<FolderData<K>>[] };
  site?: SiteData;
  /** keys of content/sources.yaml */
  sourceKeys: Set<string>;
  aliases: Record<string, AliasData>;
  actors: Set<string>;
  contacts: Set<string>;
  sections: Set<string>;
  /** role ids (file names in content/roles/), whether or not the file passed its schema */
  roleIds: Set<string>;
  planById: Map<string, EmergencyData>;
  /** page id ("handbook/cleaning/x") → the anchors that page will render */
  anchors: Map<string, Set<string>>;
  /** a page id with an optional #anchor, as content writes refs */
  checkAnchor(file: string, field: string, value: string): void;
  checkSources(file: string, list: { ref: string }[]): void;
  checkIn(file: string, field: string, value: string, set: Set<string>, what: string): void;
}

export type Checker = (c: CheckContext) => void;

export function checkContext(raw: RawContent, report: Report): CheckContext {
  function parse<T>(entry: RawEntry, schema: z.ZodType<T>): T | undefined {
    // a file that could not be read at all was reported by the reader, with its line
    if (entry.data === undefined) return undefined;
    const r = schema.safeParse(entry.data);
    if (r.success) return r.data;
    for (const iss of r.error.issues) {
      const extra = iss.code === 'unrecognized_keys' ? `（${(iss as { keys: string[] }).keys.join('、')}）` : '';
      report(entry.file, iss.path.map(String).join('.'), iss.message + extra);
    }
    return undefined;
  }
  const parseAll = <T>(entries: RawEntry[], schema: z.ZodType<T>): Parsed<T>[] =>
    entries.flatMap((entry) => {
      const data = parse(entry, schema);
      return data === undefined ? [] : [{ entry, data }];
    });

  const site = parse(raw.site, siteSchema);
  // a broken entry in sources.yaml is reported there once, not again at every page citing the others
  const sourcesDoc = parse(raw.sources, sourcesFileSchema) ?? listedKeys(raw.sources.data, 'sources', 'id');
  const aliases = parse(raw.aliases, aliasesFileSchema) ?? {};
  const parsed = Object.fromEntries(folderNames.map((k) => [k, parseAll(raw[k], contentFolders[k].schema as z.ZodType<unknown>)])) as CheckContext['parsed'];

  // Every page and the anchors it will render.
  const anchors = new Map<string, Set<string>>();
  const addPage = (pageId: string, body: string | undefined, fixed: readonly string[], more: string[]) => anchors.set(pageId, new Set([...fixed, ...headingAnchors(body ?? ''), ...more]));
  for (const { entry, data } of parsed.handbook)
    addPage(pageIdOf.handbook(entry.id), entry.body, fixedAnchors.handbook, [...data.timeLimits.map((t) => anchorFor.limit(t.id)), ...data.steps.map((s) => anchorFor.step(s.id))]);
  for (const { entry, data } of parsed.emergencies)
    addPage(pageIdOf.emergency(entry.id), entry.body, fixedAnchors.emergency, [...data.steps.map((s) => anchorFor.step(s.id)), ...data.never.map((n) => anchorFor.never(n.id))]);
  for (const { entry } of parsed.roles) addPage(pageIdOf.role(entry.id), entry.body, fixedAnchors.role, []);
  for (const { entry, data } of parsed.day)
    addPage(
      pageIdOf.day(entry.id),
      entry.body,
      fixedAnchors.day,
      data.slots.map((s) => anchorFor.slot(s.time)),
    );

  const sourceKeys = new Set(Object.keys(sourcesDoc));
  return {
    raw,
    report,
    parsed,
    site,
    sourceKeys,
    aliases,
    actors: new Set(Object.keys(site?.actors ?? {})),
    contacts: new Set(Object.keys(site?.contacts ?? {})),
    sections: new Set(Object.keys(site?.sections ?? {})),
    roleIds: new Set(raw.roles.map((e) => e.id)),
    planById: new Map(parsed.emergencies.map((p) => [p.entry.id, p.data])),
    anchors,
    checkAnchor(file, field, value) {
      const [page, anchor] = value.split('#');
      const known = anchors.get(page);
      if (!known) return report(file, field, `指向的页面「${page}」不存在`);
      if (anchor && !known.has(anchor)) report(file, field, `页面「${page}」上没有锚点「#${anchor}」`);
    },
    checkSources(file, list) {
      list.forEach((s, i) => {
        if (!sourceKeys.has(s.ref)) report(file, `sources.${i}.ref`, `出处「${s.ref}」不在 content/sources.yaml 里`);
      });
    },
    checkIn(file, field, value, set, what) {
      if (!set.has(value)) report(file, field, `未知的${what}「${value}」`);
    },
  };
}

/** Ids listed in one file must differ: they become anchors and are what other files cite. */
export function unique(report: Report, file: string, field: string, ids: string[]) {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) report(file, `${field}.${i}.id`, `id「${id}」在本文件里重复`);
    seen.add(id);
  });
}

/** The keys a list file names, read leniently: `{ sources: [{ id: … }] }` → { id: true } */
function listedKeys(data: unknown, list: string, key: string): Record<string, true> {
  const items = data && typeof data === 'object' ? (data as Record<string, unknown>)[list] : undefined;
  return Object.fromEntries((Array.isArray(items) ? items : []).flatMap((x) => (x && typeof x[key] === 'string' ? [[x[key] as string, true] as const] : [])));
}
