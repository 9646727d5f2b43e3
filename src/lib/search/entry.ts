/** One page in the page directory (/search-aliases.json): what the header search reads first. */
export interface DirectoryEntry {
  /** page id, e.g. emergency/lift-entrapment */
  id: string;
  title: string;
  summary: string;
  /** search facet: 应急 / 流程与标准 / 礼仪 / 岗位 / 培训 */
  section: string;
  /** aliases and typical questions, joined */
  words: string;
}
