import { describe, expect, it } from 'vitest';
import { excerptParts, tidyExcerpt, expandAliases, normalizeQuery, planQuery, runSearch, type AliasMap, type Engine, type HitData } from '../../src/lib/search/index.ts';
import { joinSingles } from '../../src/lib/search/plan.ts';
import { VARIANTS } from '../../src/lib/search/data/variants.ts';

const aliases: AliasMap = {
  困梯: { to: '电梯困人', page: 'emergency/lift-entrapment' },
  跑水: { to: '漏水', page: 'emergency/pipe-burst' },
  没电: { to: '停电', page: 'emergency/power-cut' },
  电梯困人了: { to: '电梯困人', page: 'emergency/lift-entrapment' },
};

describe('normalizeQuery', () => {
  it('turns full-width letters, digits and spaces into half-width', () => {
    expect(normalizeQuery('ＡＢＣ１２３　电梯')).toBe('abc123 电梯');
  });
  it('maps traditional characters staff may type to simplified', () => {
    expect(normalizeQuery('電梯困人', VARIANTS)).toBe('电梯困人');
    expect(normalizeQuery('停電了怎麼辦', VARIANTS)).toBe('停电了怎么办');
  });
  it('turns punctuation of either width into spaces', () => {
    expect(normalizeQuery('漏水！！怎么办？?')).toBe('漏水 怎么办');
  });
});

describe('expandAliases', () => {
  it('replaces a colloquial term with the handbook word and remembers the page', () => {
    const r = expandAliases('困梯了', aliases);
    expect(r.text).toBe('电梯困人 了');
    expect(r.matches).toEqual([{ term: '困梯', to: '电梯困人', page: 'emergency/lift-entrapment' }]);
  });
  it('prefers the longest matching term', () => {
    const r = expandAliases('电梯困人了', aliases);
    expect(r.matches.map((m) => m.term)).toEqual(['电梯困人了']);
  });
  it('does not match inside a replacement it has just made', () => {
    const r = expandAliases('跑水', { 跑水: { to: '漏水' }, 漏: { to: '不该出现' } });
    expect(r.text).toBe('漏水');
  });
});

describe('planQuery', () => {
  it('drops question words and particles from a typed question', () => {
    const p = planQuery('消防通道被堵了怎么办', {});
    expect(p.terms).toEqual(['消防', '通道', '堵']);
    expect(p.full).toBe('消防 通道 堵');
  });
  it('removes the longest question phrase first', () => {
    expect(planQuery('开荒保洁验收看什么', {}).terms).toEqual(['开荒', '保洁', '验收']);
  });
  it('maps aliases and marks the query urgent when an alias names an emergency plan', () => {
    const p = planQuery('困梯了怎么办', aliases);
    expect(p.terms).toEqual(['电梯困人']);
    expect(p.urgent).toBe(true);
  });
  it('marks danger words urgent and ordinary questions not', () => {
    expect(planQuery('楼道冒烟了', {}).urgent).toBe(true);
    expect(planQuery('装修押金多少', {}).urgent).toBe(false);
  });
  it('returns no terms for a query of only question words', () => {
    expect(planQuery('怎么办？', {}).terms).toEqual([]);
  });
  it('rejoins trade words the segmenter split into single characters', () => {
    expect(joinSingles(['楼', '道', '拖', '一次'])).toEqual(['楼道拖', '一次']);
    expect(joinSingles(['大', '门口'])).toEqual(['大', '门口']);
  });
});

/** A tiny in-memory engine: a page matches a query when it contains every space-separated word. */
function fakeEngine(pages: Record<string, { text: string; section: string; title?: string }>): Engine & { calls: string[] } {
  const calls: string[] = [];
  const ids = Object.keys(pages);
  return {
    calls,
    async search(q, filters) {
      calls.push(q);
      const words = q.split(' ').filter(Boolean);
      return ids
        .filter((id) => words.every((w) => pages[id].text.includes(w)))
        .filter((id) => !filters?.section || pages[id].section === filters.section)
        .map((id) => ({ id, score: words.reduce((s, w) => s + pages[id].text.split(w).length - 1, 0) }))
        .sort((a, b) => b.score - a.score);
    },
    async pages(pageIds) {
      return pageIds.filter((p) => ids.includes(p)).map((id) => ({ id, score: 1 }));
    },
    async data(id): Promise<HitData> {
      return { url: `/${id}/`, title: pages[id].title ?? id, excerpt: '', section: pages[id].section };
    },
  };
}

const site = {
  'emergency/fire': { text: '火灾 消防通道 疏散 报警 堵塞 消防通道堵塞', section: '应急' },
  'handbook/security/patrol': { text: '巡逻 消防通道 每天 检查 堵塞 通道 消防', section: '流程与标准' },
  'handbook/cleaning/garbage-retention': { text: '垃圾 大门 5分钟 消防楼道 1天', section: '流程与标准' },
  'emergency/lift-entrapment': { text: '电梯困人 维保 30分钟', section: '应急' },
  'emergency/pipe-burst': { text: '漏水 关阀', section: '应急' },
};

describe('runSearch', () => {
  it('finds pages for a whole query that every word matches', async () => {
    const r = await runSearch(planQuery('电梯困人', aliases), fakeEngine(site));
    expect(r[0].url).toBe('/emergency/lift-entrapment/');
  });

  it('falls back to separate terms when the whole query finds too little, ranking by terms matched', async () => {
    const engine = fakeEngine(site);
    const r = await runSearch(planQuery('消防通道被堵了怎么办', aliases), engine);
    // "消防 通道 堵" as one query holds on only two pages (fewer than three) → per-term search adds the rest
    expect(engine.calls).toContain('消防');
    expect(
      r
        .map((x) => x.url)
        .slice(0, 2)
        .sort(),
    ).toEqual(['/emergency/fire/', '/handbook/security/patrol/']);
    expect(r.at(-1)?.url).toBe('/handbook/cleaning/garbage-retention/');
  });

  it('puts the page an alias names first', async () => {
    const r = await runSearch(planQuery('地下室跑水了', aliases), fakeEngine(site));
    expect(r[0].url).toBe('/emergency/pipe-burst/');
  });

  it('lifts emergency plans for urgent questions', async () => {
    const calm = await runSearch(planQuery('消防通道 巡逻 检查', {}), fakeEngine(site));
    expect(calm[0].url).toBe('/handbook/security/patrol/');
    const urgent = await runSearch(planQuery('消防通道 起火', {}), fakeEngine(site));
    expect(urgent[0].url).toBe('/emergency/fire/');
  });

  it('keeps only the chosen section', async () => {
    const r = await runSearch(planQuery('消防通道', {}), fakeEngine(site), { section: '应急' });
    expect(r.map((x) => x.url)).toEqual(['/emergency/fire/']);
  });

  it('numbers results in rank order and respects the limit', async () => {
    const r = await runSearch(planQuery('消防', {}), fakeEngine(site), { limit: 1 });
    expect(r).toHaveLength(1);
    expect(r[0].rank).toBe(1);
  });

  it('returns nothing for an empty question without calling the engine', async () => {
    const engine = fakeEngine(site);
    expect(await runSearch(planQuery('怎么办', {}), engine)).toEqual([]);
    expect(engine.calls).toEqual([]);
  });
});

describe('tidyExcerpt (snippets start and end at a word or sentence boundary)', () => {
  const text = (html: string) =>
    tidyExcerpt(excerptParts(html))
      .map((p) => (p.mark ? `[${p.text}]` : p.text))
      .join('');
  it('drops the cut-off tail of a word at the start, and a stray full stop', () => {
    expect(text('法 也叫：<mark>困梯</mark>、电梯卡住')).toBe('…也叫：[困梯]、电梯卡住…');
    expect(text('. 感觉楼在晃，先<mark>躲</mark>在桌下。')).toBe('感觉楼在晃，先[躲]在桌下。');
  });
  it('joins adjacent highlights and, once a word is highlighted, leaves lone characters plain', () => {
    expect(text('发现<mark>人</mark>被<mark>困</mark><mark>人</mark>在<mark>电梯</mark>里。')).toBe('发现人被[困人]在[电梯]里。');
    expect(text('着<mark>火</mark>了先报警，<mark>火</mark>小时用灭火器。')).toBe('着[火]了先报警，[火]小时用灭火器。');
  });
  it('keeps every highlight and a whole first phrase', () => {
    expect(text('<mark>漏水</mark>时先关阀')).toBe('[漏水]时先关阀…');
    expect(text('发现<mark>漏水</mark>先关阀。')).toBe('发现[漏水]先关阀。');
  });
});

describe('excerptParts', () => {
  it('splits highlights into text parts and decodes entities, never returning markup', () => {
    expect(excerptParts('先 <mark>关阀</mark> &lt;script&gt; 再报告')).toEqual([
      { text: '先 ', mark: false },
      { text: '关阀', mark: true },
      { text: ' <script> 再报告', mark: false },
    ]);
  });
});

import { mergeRanked, searchDirectory, type DirectoryEntry } from '../../src/lib/search/directory.ts';

describe('searchDirectory (the header search\u2019s quick first stage)', () => {
  const dir: DirectoryEntry[] = [
    { id: 'emergency/lift-entrapment', title: '电梯故障与困人', summary: '有人被困在电梯里时的处置', section: '应急', words: '困梯|关电梯里|电梯卡住|电梯困人' },
    { id: 'handbook/engineering/lift-maintenance', title: '电梯维保与零干扰', summary: '电梯保养<安排>', section: '流程与标准', words: '电梯保养|维保时间' },
    { id: 'handbook/service/renovation', title: '装修申请与验收', summary: '押金1000元，保证金3000元', section: '流程与标准', words: '装修押金|装修要交多少钱' },
  ];
  it('finds pages by title, colloquial names and typical questions, title matches first', () => {
    expect(searchDirectory(planQuery('电梯', {}), dir).map((r) => r.url)).toEqual(['/emergency/lift-entrapment/', '/handbook/engineering/lift-maintenance/']);
    expect(searchDirectory(planQuery('装修押金多少', {}), dir)[0].url).toBe('/handbook/service/renovation/');
  });
  it('puts the page an alias names first', () => {
    const r = searchDirectory(planQuery('困梯了', aliases), dir);
    expect(r[0].url).toBe('/emergency/lift-entrapment/');
  });
  it('returns nothing unless some page holds every term, so full text can take over', () => {
    expect(searchDirectory(planQuery('电梯 押金', {}), dir)).toEqual([]);
    expect(searchDirectory(planQuery('怎么办', {}), dir)).toEqual([]);
  });
  it('shows the summary as escaped text with the words searched for marked, or the name that matched', () => {
    expect(searchDirectory(planQuery('维保', {}), dir)[0].excerpt).toBe('电梯保养&lt;安排&gt;　也叫：<mark>维保</mark>时间');
    expect(searchDirectory(planQuery('押金', {}), dir)[0].excerpt).toBe('<mark>押金</mark>1000元，保证金3000元');
  });
});

describe('searchDirectory and aliases', () => {
  it('lets full text decide when only an alias matched and no page holds every word', () => {
    const dir: DirectoryEntry[] = [
      { id: 'emergency/typhoon-flood', title: '防台防汛', summary: '台风暴雨', section: '应急', words: '积水|水淹' },
      { id: 'handbook/cleaning/quality-habits', title: '雨后无积水', summary: '雨后30分钟内扫干净', section: '流程与标准', words: '' },
    ];
    const al = { 积水: { to: '积水', page: 'emergency/typhoon-flood' } };
    expect(searchDirectory(planQuery('下大雨积水了赶紧扫', al), dir)).toEqual([]);
    expect(searchDirectory(planQuery('雨后积水', al), dir).map((r) => r.url)).toEqual(['/handbook/cleaning/quality-habits/', '/emergency/typhoon-flood/']);
  });
});

describe('mergeRanked (the search page: directory answers first, then full text)', () => {
  const r = (url: string, rank: number) => ({ id: url, rank, url, title: url, excerpt: '' });
  it('keeps the directory order on top, adds only pages it did not name, and renumbers', () => {
    const merged = mergeRanked([r('/a/', 1), r('/b/', 2)], [r('/b/', 1), r('/c/', 2), r('/d/', 3)], 3);
    expect(merged.map((x) => [x.url, x.rank])).toEqual([
      ['/a/', 1],
      ['/b/', 2],
      ['/c/', 3],
    ]);
  });
});

import { tightenCsp } from '../../src/lib/csp.ts';
import { createHash } from 'node:crypto';

describe('tightenCsp (each page lists only its own inline hashes)', () => {
  const h = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
  it('keeps the sources, drops hashes of other pages, adds this page’s', () => {
    const html = `<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-OTHER1' 'sha256-OTHER2'; style-src 'self' 'sha256-OTHER3'"><style>a{b:c}</style></head><body><script>go()</script><script src="/x.js"></script></body></html>`;
    const out = tightenCsp(html);
    expect(out).toContain(`script-src 'self' 'wasm-unsafe-eval' ${h('go()')};`);
    expect(out).toContain(`style-src 'self' ${h('a{b:c}')}"`);
    expect(out).not.toContain('OTHER');
    expect(out).toContain("default-src 'self'");
  });
});
