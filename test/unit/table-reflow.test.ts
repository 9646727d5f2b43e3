/** Body tables become labelled rows on phones: what the Markdown plugin marks on a table. */
import type { Element, ElementContent } from 'hast';
import { describe, expect, it } from 'vitest';
import { reflowOf } from '../../src/lib/table-reflow.ts';

const el = (tagName: string, children: (ElementContent | string)[] = [], properties: Element['properties'] = {}): Element => ({
  type: 'element',
  tagName,
  properties,
  children: children.map((c) => (typeof c === 'string' ? { type: 'text', value: c } : c)),
});
const table = (head: (ElementContent | string)[][] | undefined, rows: string[][], properties: Element['properties'] = {}) =>
  el(
    'table',
    [
      ...(head
        ? [
            el('thead', [
              el(
                'tr',
                head.map((h) => el('th', h)),
              ),
            ]),
          ]
        : []),
      el(
        'tbody',
        rows.map((r) =>
          el(
            'tr',
            r.map((c) => el('td', [c])),
          ),
        ),
      ),
    ],
    properties,
  );
const labelled = (t: Element) => reflowOf(t)?.labels.map(([cell, label]) => [(cell.children[0] as { value: string }).value, label]);

describe('reflowing a body table', () => {
  it('labels each body cell with its column heading (its text, markup left out) and marks the table', () => {
    const t = table(
      [['地区'], ['抵达', el('strong', ['时间'])]],
      [
        ['直辖市', '30 分钟'],
        ['地级市', '60 分钟'],
      ],
    );
    expect(labelled(t)).toEqual([
      ['直辖市', '地区'],
      ['30 分钟', '抵达时间'],
      ['地级市', '地区'],
      ['60 分钟', '抵达时间'],
    ]);
    expect(reflowOf(t)?.className).toEqual(['reflow']);
    expect(reflowOf(table([['事项']], [['x']], { className: ['limits'] }))?.className).toEqual(['limits', 'reflow']);
  });
  it('leaves tables without a header row, and tables already marked, as they are', () => {
    expect(reflowOf(table(undefined, [['甲']]))).toBeUndefined();
    expect(reflowOf(table([['事项']], [['x']], { className: ['limits', 'reflow'] }))).toBeUndefined();
  });
});
