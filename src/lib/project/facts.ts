/**
 * Site facts a project can state (content/projects/<项目>.yaml `facts:`). Here, not in the schema,
 * so the pure code that reads them (resolve.ts, the editor's config) needs nothing from src/schemas;
 * src/schemas/project.ts builds the schema from this list.
 * Pages and questions refer to them as {{fact:id}}.
 */
export const FACTS = {
  lifts: { label: '电梯数', unit: '部' },
  bins: { label: '垃圾桶数', unit: '个' },
  'sorting-points': { label: '垃圾分类投放点', unit: '个' },
  'green-area': { label: '绿化面积', unit: '' },
  'road-length': { label: '外围道路长度', unit: '' },
  'street-lamps': { label: '路灯数', unit: '盏' },
  'pump-rooms': { label: '泵房数', unit: '个' },
  transformers: { label: '变压器数', unit: '台' },
  /** staff send for it in the first minute of a cardiac arrest: the launch check asks for it wherever a page names it */
  'aed-location': { label: 'AED 放置点', unit: '', ask: true },
  'service-hours': { label: '服务中心接待时间', unit: '' },
  // Renovation money and papers differ per project (a tender's price list, the local 管理规约):
  // each project states its own, and questions grade that figure, not a company-wide one.
  'renovation-owner-deposit': { label: '装修业主押金', unit: '元' },
  'renovation-deposit': { label: '装修保证金', unit: '元' },
  'renovation-pass-deposit': { label: '装修出入证押金', unit: '元' },
  'renovation-pass-fee': { label: '装修出入证工本费', unit: '元' },
  'renovation-permit': { label: '装修开工凭证的名称', unit: '' },
} as const satisfies Record<string, { label: string; unit: string; ask?: boolean }>;
export type FactId = keyof typeof FACTS;
export const factIds = Object.keys(FACTS) as FactId[];
