/**
 * Where a page's content is edited: its entry in the content editor (/admin/, Sveltia's
 * #/collections/<collection>/entries/<file name> address). Handbook pages are one collection per
 * section folder (src/lib/cms/config.ts).
 */
export type EditableKind = 'handbook' | 'emergencies' | 'quizzes' | 'checklists' | 'drills';

export function editorEntry(kind: EditableKind, id: string): string {
  const [collection, slug] = kind === 'handbook' ? [`handbook-${id.split('/')[0]}`, id.split('/').slice(1).join('/')] : [kind, id];
  return `/admin/#/collections/${collection}/entries/${slug}`;
}
