/** Query understanding, piece by piece: fillers, variants, slips by reading, descriptions, spoken sentences. */
import { describe, expect, it } from 'vitest';
import { correctSlips, looseSyllable } from '../../src/lib/search/correct.ts';
import { rewriteDescriptions } from '../../src/lib/search/descriptions.ts';
import { DESCRIPTIONS } from '../../src/lib/search/data/descriptions.ts';
import { VARIANTS } from '../../src/lib/search/data/variants.ts';
import { FILLERS } from '../../src/lib/search/data/spoken.ts';
import { nearestPages, searchDirectory } from '../../src/lib/search/directory.ts';
import { stripFillers } from '../../src/lib/search/fillers.ts';
import { normalizeQuery, planQuery } from '../../src/lib/search/index.ts';
import { buildPinyinTable } from '../../src/lib/search/pinyin-table.ts';
import { buildVocabulary, findWords } from '../../src/lib/search/vocabulary.ts';
import { aliases, pages, pinyin, plan, vocab } from './helpers/search-site.ts';

describe('stripFillers (voice input)', () => {
  it('removes the speaker’s fillers and closes the gap they leave', () => {
    expect(stripFillers('我跟你说啊就是那个五号楼地下室好像进水了', FILLERS)).toBe('五号楼地下室进水了');
    expect(stripFillers('电梯好像卡住了', FILLERS)).toBe('电梯卡住了');
  });
  it('leaves a typed query alone', () => {
    expect(stripFillers('装修押金', FILLERS)).toBe('装修押金');
  });
});

describe('normalizeQuery (traditional and variant characters)', () => {
  it('maps the characters of the site’s words to simplified', () => {
    expect(normalizeQuery('燃氣洩漏', VARIANTS)).toBe('燃气泄漏');
    expect(normalizeQuery('垃圾分類', VARIANTS)).toBe('垃圾分类');
    expect(normalizeQuery('著火了', VARIANTS)).toBe('着火了');
    expect(normalizeQuery('鑰匙丟了', VARIANTS)).toBe('钥匙丢了');
  });
});

describe('correctSlips (pinyin keyboard slips, by reading, towards the site’s words)', () => {
  const v = buildVocabulary({ 跑水: { to: '水管破裂' } }, [{ title: '燃气泄漏', words: '困人|电梯困人' }]);
  const t = buildPinyinTable(v.words);
  it('replaces a stretch no known word covers by a known word read the same way', () => {
    expect(correctSlips('燃气泄露', v, t)).toEqual({ text: '燃气泄漏', corrections: [{ from: '燃气泄露', to: '燃气泄漏' }] });
    expect(correctSlips('电梯困认', v, t).text).toBe('电梯困人');
    expect(correctSlips('跑谁了', v, t).text).toBe('跑水了');
  });
  it('treats zh/z, sh/s, n/l and -ng/-n as one sound', () => {
    expect(looseSyllable('zhang')).toBe(looseSyllable('zan'));
    expect(looseSyllable('nei')).toBe(looseSyllable('lei'));
    expect(correctSlips('跑随了', v, t).text).toBe('跑水了');
  });
  it('never changes a known word, nor a stretch that sounds like nothing the site knows', () => {
    expect(correctSlips('燃气泄漏', v, t).corrections).toEqual([]);
    expect(correctSlips('五号楼', v, t).corrections).toEqual([]);
  });
});

describe('rewriteDescriptions (what is seen → the handbook’s word)', () => {
  it('turns everyday descriptions into the words pages use', () => {
    expect(rewriteDescriptions('天花板滴水', DESCRIPTIONS)).toBe('楼上漏水');
    expect(rewriteDescriptions('人倒了', DESCRIPTIONS)).toBe('倒地');
  });
  it('leaves a phrase inside one of the site’s aliases to the alias', () => {
    expect(rewriteDescriptions('电梯不动了', DESCRIPTIONS, { 电梯不动了: { to: '电梯故障' } })).toBe('电梯不动了');
  });
});

describe('findWords (known words inside a sentence)', () => {
  it('finds the longest known words, in order, without overlaps', () => {
    const v = buildVocabulary({ 电梯卡住: { to: '电梯故障' }, 电梯: { to: '电梯' } }, []);
    expect(findWords('三号楼电梯卡住了里面有人', v).map((f) => f.word)).toEqual(['电梯卡住']);
  });
});

describe('planQuery with the site’s words (the issue’s examples)', () => {
  it('corrects wrong characters and says what it searched for', () => {
    const p = plan('燃气泄露');
    expect(p.corrections).toEqual([{ from: '燃气泄露', to: '燃气泄漏' }]);
    expect(searchDirectory(p, pages)[0].id).toBe('emergency/gas-leak');
  });
  it('reduces a spoken run-on sentence to the site’s words in it', () => {
    const p = plan('我跟你说啊就是那个五号楼地下室好像进水了水还挺大的');
    expect(p.loose).toBe(true);
    expect(searchDirectory(p, pages)[0].id).toBe('emergency/pipe-burst');
  });
  it('puts the cardiac plan first for 人倒了 and the burst-pipe plan for water from upstairs', () => {
    expect(searchDirectory(plan('人倒了'), pages)[0].id).toBe('emergency/cardiac-arrest');
    expect(searchDirectory(plan('楼上往下渗水'), pages)[0].id).toBe('emergency/pipe-burst');
    expect(searchDirectory(plan('天花板滴水'), pages)[0].id).toBe('emergency/pipe-burst');
  });
  it('ranks a page whose name holds the corrected word above pages that only mention it', () => {
    const r = searchDirectory(plan('装修压金'), pages);
    expect(r[0].id).toBe('handbook/service/renovation');
  });
  it('without the site’s words it plans as before', () => {
    expect(planQuery('燃气泄露', aliases).corrections).toEqual([]);
    expect(vocab.has.has('燃气泄漏')).toBe(true);
    expect(Object.keys(pinyin.chars).length).toBeGreaterThan(100);
  });
});

describe('nearestPages (never an empty 没有找到)', () => {
  it('offers the pages whose names share most characters with the query, plans first among equals', () => {
    const r = nearestPages('燃气灶打不着火', pages, 3).map((x) => x.id);
    expect(r[0]).toBe('emergency/gas-leak');
    expect(r.length).toBeGreaterThan(0);
  });
  it('offers nothing for characters no page name holds (the emergency list link stays)', () => {
    expect(nearestPages('龘靐齉', pages)).toEqual([]);
  });
});

describe('QueryPlan.unknown (when the browser fetches the readings)', () => {
  const bare = (q: string) => planQuery(q, aliases, { vocab });
  it('is set for a stretch no site word covers, particles included', () => {
    expect(bare('着活了').unknown).toBe(true);
    expect(bare('燃气泄露').unknown).toBe(true);
  });
  it('is not set for the site’s words with question words and particles around them', () => {
    expect(bare('电梯困人怎么办').unknown).toBe(false);
    expect(bare('困梯了').unknown).toBe(false);
  });
});

describe('typed questions are not spoken sentences', () => {
  it('keeps every word of a typed question required, so full text still decides when no page name holds them all', () => {
    expect(plan('消防通道被堵了怎么办').loose).toBe(false);
    expect(plan('消防通道被堵了怎么办').required).toContain('堵');
    expect(plan('下雨后积水多久扫干净').loose).toBe(false);
  });
});
