/** Phone numbers in plan text: found where a person would dial them, never in a quantity, range, time, date or code. */
import { describe, expect, it } from 'vitest';
import { findPhones, linkPhonesInHtml, phoneBook, phoneParts, type PhoneLink } from '../../src/lib/project/phones.ts';
import { fillDeep, resolveContacts } from '../../src/lib/project/resolve.ts';
import { chosenProject, readProject } from '../../src/schemas/project-file.ts';
import { readContent } from '../../src/schemas/read-content.ts';
import { siteSchema } from '../../src/schemas/site.ts';

const found = (text: string, known?: Set<string>) => findPhones(text, known).map((m) => m.text);

describe('finding phone numbers in Chinese text', () => {
  it('finds the emergency numbers staff are told to dial, however the sentence goes on', () => {
    expect(found('立即拨打 120，派人取 AED')).toEqual(['120']);
    expect(found('确认起火，立即拨打 119：讲清小区、楼栋')).toEqual(['119']);
    expect(found('需要 110 / 119 / 120 时：发现人直接拨打')).toEqual(['110', '119', '120']);
    expect(found('拨打110/119/120')).toEqual(['110', '119', '120']);
    expect(found('马上拨打 110（或请家属拨打）')).toEqual(['110']);
    expect(found('120 还没人打的马上打；122 处理交通事故')).toEqual(['120', '122']);
    expect(found('**拨打 119、120 不用等任何人批准**')).toEqual(['119', '120']);
    expect(found('拨打１２０')).toEqual(['１２０']);
  });

  it('finds service numbers, landlines, 400 numbers and mobiles', () => {
    expect(found('拨打 95598 问清原因；电梯平台 96333；市民热线12345')).toEqual(['95598', '96333', '12345']);
    expect(found('维保值班 0571-81234567，总部 010-12345678，传达室 02887654321')).toEqual(['0571-81234567', '010-12345678', '02887654321']);
    expect(found('示例电梯维保公司 0000-8000002')).toEqual(['0000-8000002']);
    expect(found('客服 400-810-8888 或 4008108888')).toEqual(['400-810-8888', '4008108888']);
    expect(found('联系人手机 13812345678 或 139-1234-5678')).toEqual(['13812345678', '139-1234-5678']);
  });

  it('leaves quantities, ranges, times, dates, years, articles and codes alone', () => {
    for (const text of [
      '每分钟 100～120 次、成人压下 5～6 厘米',
      '每分钟100-120次',
      '按压 120 次',
      '冲洗约 15 分钟，30 分钟内到场',
      '110 千伏线路，120 平方米，119 号楼，120 路公交车，12345 元',
      '来了 120 人',
      '公共区域每日 2 次消毒（8:00、20:00）；按压与吹气 30:2',
      '2026-11-25 更新，2023年版，12:00',
      '第 120 条、第119条',
      '按 GB 50016 和 GB/T 12345 编写，TSG T5002 第五条',
      '血压 120/80',
      '电压 110V，温度 120℃，占 110%',
      '共计 1,200 元，1.5 米，110.5',
      '单号 95598001-3',
      '手机号 1381234567（少一位）、12812345678（没有 12 开头的手机号）',
    ])
      expect(found(text), text).toEqual([]);
  });

  it('counts a project’s own short local number only where the project lists it', () => {
    expect(found('维保值班 8123456')).toEqual([]);
    expect(found('维保值班 8123456', new Set(['8123456']))).toEqual(['8123456']);
    expect(found('共 8123456 元', new Set(['8123456']))).toEqual([]);
  });
});

const { raw } = readContent('.');
const site = siteSchema.parse(raw.site.data);
const demo = readProject(chosenProject('.', { PROJECT: 'demo' })).data!;
const contacts = resolveContacts(site.contacts, demo);
const book = phoneBook(contacts);
const links = (text: string) => phoneParts(text, book).filter((p): p is PhoneLink => typeof p !== 'string');

describe('phone links say whom they call', () => {
  it('names the project’s contact first, then the nationwide number', () => {
    expect(links('立即拨打 120，起火拨打 119')).toEqual([
      { text: '120', href: 'tel:120', label: '拨打 120 急救' },
      { text: '119', href: 'tel:119', label: '拨打 119 火警' },
    ]);
    // the kind of help, and the project's own company beside it
    expect(links('报 示例电梯维保公司 0000-8000002')[0]).toEqual({ text: '0000-8000002', href: 'tel:00008000002', label: '拨打 0000-8000002 电梯维保（示例电梯维保公司）' });
    expect(links('报 110')[0].label).toBe('拨打 110 报警');
    expect(links('政务热线 12345')[0].label).toBe('拨打 12345 政务服务便民热线');
    expect(links('打 13812345678')[0].label).toBe('拨打 13812345678');
  });

  it('keeps the text around the links, in order, and text without a number whole', () => {
    expect(
      phoneParts('先打 120，再报告', book)
        .map((p) => (typeof p === 'string' ? p : `[${p.text}]`))
        .join(''),
    ).toBe('先打 [120]，再报告');
    expect(phoneParts('派人到现场守候', book)).toEqual(['派人到现场守候']);
    expect(phoneParts('', book)).toEqual(['']);
  });
});

describe('phone links in rendered HTML (a plan’s MDX body)', () => {
  it('wraps numbers in text and leaves tags, attributes, links and code alone', () => {
    const html = '<p data-n="120">立即拨打 <strong>120 / 119</strong>，<a href="/x/">110 说明</a>，<code>119</code></p><table><tr><td>每分钟 100～120 次</td></tr></table>';
    expect(linkPhonesInHtml(html, book)).toBe(
      '<p data-n="120">立即拨打 <strong><a class="tel" href="tel:120" aria-label="拨打 120 急救">120</a> / <a class="tel" href="tel:119" aria-label="拨打 119 火警">119</a></strong>，<a href="/x/">110 说明</a>，<code>119</code></p><table><tr><td>每分钟 100～120 次</td></tr></table>',
    );
  });
  it('leaves a link already there alone, however deep its own tags go', () => {
    const html = '<a class="call" href="tel:120"><span>急救</span><strong>120</strong></a> 再打 119';
    expect(linkPhonesInHtml(html, book)).toBe('<a class="call" href="tel:120"><span>急救</span><strong>120</strong></a> 再打 <a class="tel" href="tel:119" aria-label="拨打 119 火警">119</a>');
  });
  it('does not read a character reference as a number', () => {
    expect(linkPhonesInHtml('&#12345; &amp; 12345', book)).toBe('&#12345; &amp; <a class="tel" href="tel:12345" aria-label="拨打 12345 政务服务便民热线">12345</a>');
  });
});

describe('the plans as written', () => {
  // every text a plan page shows from its front matter, with this project's numbers filled in
  const texts = raw.emergencies.flatMap((e) => {
    const d = fillDeep(e.data as Record<string, unknown>, { contacts, facts: demo.facts }) as {
      summary: string;
      firstActions: string[];
      steps: { action: string; why?: string }[];
      never: { text: string; why?: string }[];
      escalation: string[];
    };
    return [d.summary, ...d.firstActions, ...d.steps.flatMap((s) => [s.action, s.why ?? '']), ...d.never.flatMap((n) => [n.text, n.why ?? '']), ...d.escalation, e.body ?? ''].map((t) => ({
      plan: e.id,
      t,
    }));
  });

  it('link every number after 拨打, 打 or 报', () => {
    const missed = texts.flatMap(({ plan, t }) =>
      [...t.matchAll(/(?:拨打?|打|报)\s*([0-9][0-9-]*)/g)].filter((m) => !findPhones(t).some((p) => p.start === m.index + m[0].length - m[1].length)).map((m) => `${plan}: ${m[0]}`),
    );
    expect(missed).toEqual([]);
  });

  it('link only numbers this project or the country answers', () => {
    const unknown = texts.flatMap(({ plan, t }) =>
      findPhones(t, new Set(book.keys()))
        .filter((m) => !book.has(m.digits))
        .map((m) => `${plan}: ${m.text}`),
    );
    expect(unknown).toEqual([]);
    expect(texts.some(({ t }) => t.includes('100～120 次'))).toBe(true);
  });
});
