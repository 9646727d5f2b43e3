/** npm start serves dist/ only when it holds the project asked for, built from the current sources. */
import { describe, expect, it } from 'vitest';
import { buildReason } from '../../scripts/dist-state.mjs';

describe('npm start', () => {
  const demo = '/repo/content/projects/demo.yaml';
  const office = '/repo/content/projects/demo-office.yaml';
  it('builds when there is nothing built, when dist/ holds another project, or when sources are newer', () => {
    expect(buildReason({ built: 0, sources: 5, holds: '', wanted: demo })).toMatch(/第一次启动/);
    expect(buildReason({ built: 10, sources: 5, holds: demo, wanted: office })).toMatch(/另一个项目的构建.*demo-office/);
    expect(buildReason({ built: 10, sources: 5, holds: '', wanted: demo })).toMatch(/另一个项目/);
    expect(buildReason({ built: 10, sources: 20, holds: demo, wanted: demo })).toMatch(/内容有更新/);
  });
  it('serves what is there when it is this project, up to date', () => {
    expect(buildReason({ built: 10, sources: 5, holds: demo, wanted: demo })).toBeUndefined();
  });
});
