/**
 * The launch check's number rules (src/lib/project/phone-check.ts) and what it says: every number
 * that nobody can ring is refused, real ones pass whatever runs of digits they hold, a number one
 * kind of contact shares with another is held until the project file confirms it, and messages
 * are Chinese a project's IT person can act on.
 */
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { phoneFinding } from '../../src/lib/project/phone-check.ts';
import { launchGaps } from '../../src/schemas/launch-check.ts';
import { chosenProject, readProject } from '../../src/schemas/project-file.ts';
import type { ProjectData } from '../../src/schemas/project.ts';
import { readContent } from '../../src/schemas/read-content.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { checkProject } from '../../src/schemas/checks/projects.ts';
import { formatIssue } from '../../src/schemas/issue.ts';

const { raw } = readContent('.');
const site = siteSchema.parse(raw.site.data);
const ready = readProject(chosenProject('.', { PROJECT_FILE: 'test/fixtures/projects/ready.yaml' })).data!;
const gas = { service: true };

describe('numbers nobody can ring are refused', () => {
  const fakes: [string, RegExp, object?][] = [
    ['0571-88888888', /同一个数字重复/],
    ['0571-00000000', /同一个数字重复/],
    ['13800000000', /同一个数字重复/],
    ['13800138000', /示例号码/],
    ['13888888888', /同一个数字重复/],
    ['1380013800', /手机号码要 11 位，这个是 10 位/],
    ['138001380001', /手机号码要 11 位/],
    ['11012345678', /第二位是 3～9/],
    ['0571-2345678', /连续数字/],
    ['0571-87654321', /连续数字/],
    ['021-12345678', /不会以 0 或 1 开头/],
    ['0571-812345', /后面要 7 或 8 位，这个是 6 位/],
    ['010-8123456', /后面要 8 位/],
    ['0000-8000001', /占位号码（以 000 开头）/],
    ['00571-81234567', /区号不对/],
    ['81234567', /要带区号/],
    ['8888 8888', /要带区号/],
    ['192 168 1 1', /IP 地址/],
    ['12', /太短/],
    ['110', /是报警电话，不是这家单位的电话/, gas],
    ['120', /急救电话/],
    ['12345', /政务服务便民热线/, gas],
    ['96777', /服务号码/],
    ['95598', /服务号码/],
  ];
  for (const [phone, why, kind] of fakes)
    it(`${phone}${kind ? '（可填服务号码的一类）' : ''}`, () => {
      const f = phoneFinding(phone, kind);
      expect(f?.level).toBe('refuse');
      expect(f?.why).toMatch(why);
      // the caller prints the number once; the reason never repeats it
      expect(f?.why).not.toContain(phone);
    });
});

describe('real numbers pass', () => {
  const real: [string, object?][] = [
    ['0571-81234567'],
    ['057181234567'],
    ['0571 8123 4567'],
    ['(0571)81234567'],
    ['+86 571 8123 4567'],
    ['0571-88881234'],
    ['0571-80000123'],
    ['0571-8123456'],
    ['010-62345678'],
    ['021-5550-8801'],
    ['13905712468'],
    ['139-0571-2468'],
    ['+86 139 0571 2468'],
    ['19912345670'],
    ['400-820-1357'],
    ['96777', gas],
    ['95598', gas],
    ['110', { own: '110' }],
    ['96333', { own: '96333' }],
  ];
  for (const [phone, kind] of real) it(phone, () => expect(phoneFinding(phone, kind)).toBeUndefined());

  it('a run of digits anywhere but the whole local number or its last four is nothing (property)', () => {
    const piece = fc.constantFrom('1234', '2345', '6789', '8888', '0000', '111', '5', '7', '9', '3');
    const local = fc
      .array(piece, { minLength: 3, maxLength: 8 })
      .map((ps) => ps.join('').slice(0, 8))
      .filter((l) => l.length === 8 && /^[2-9]/.test(l) && !/(\d)\1{3}$/.test(l) && !/^(\d)\1+$/.test(l) && !'0123456789'.includes(l) && !'9876543210'.includes(l));
    fc.assert(
      fc.property(local, fc.constantFrom('0571', '0755', '021', '010'), (l, area) => {
        expect(phoneFinding(`${area}-${l}`)).toBeUndefined();
      }),
    );
  });

  it('one verdict however the number is written (property)', () => {
    const local = fc.stringMatching(/^[0-9]{7,8}$/);
    fc.assert(
      fc.property(local, (l) => {
        const plain = phoneFinding(`0571${l}`);
        expect(phoneFinding(`0571-${l}`)).toEqual(plain);
        expect(phoneFinding(`0571 ${l.slice(0, 4)} ${l.slice(4)}`)).toEqual(plain);
        expect(phoneFinding(`+86 571 ${l}`)).toEqual(plain);
      }),
    );
  });

  it('a mobile number of any length but 11 is refused (property)', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^1[3-9][0-9]{4,14}$/).filter((d) => d.length !== 11),
        (d) => {
          expect(phoneFinding(d)?.why).toMatch(/要 11 位/);
        },
      ),
    );
  });
});

describe('numbers held for confirmation', () => {
  it('a number ending in four equal digits may be a real vanity number', () => {
    expect(phoneFinding('0571-87008888')).toEqual({ level: 'confirm', why: expect.stringMatching(/4 个相同的数字/) });
    expect(phoneFinding('13905710000')?.level).toBe('confirm');
    expect(phoneFinding('400-820-8888')?.level).toBe('confirm');
  });
});

const gaps = (p: ProjectData) => launchGaps(raw, site, 'p.yaml', p).map((g) => `${g.field}：${g.message}`);

describe('the launch check on a project', () => {
  it('holds the gas number equal to the service centre’s, and lets the project confirm it', () => {
    const p: ProjectData = structuredClone(ready);
    p.contacts.gas = { ...p.contacts.gas, phone: p.contacts['service-centre'].phone };
    expect(gaps(p)).toEqual([
      expect.stringMatching(/^contacts\.gas\.phone：要确认：「物业服务中心 24 小时值班电话」和「燃气抢修（本地燃气公司）」是同一个号码 021-5550-8801，.*sameNumberOk: \[service-centre, gas\]/),
    ]);
    expect(gaps({ ...p, sameNumberOk: ['gas', 'service-centre'] })).toEqual([]);
    // a confirmation for one pair does not cover another
    const q: ProjectData = structuredClone({ ...p, sameNumberOk: ['gas', 'service-centre'] });
    q.contacts.water = { ...q.contacts.water, phone: q.contacts.lift.phone };
    expect(gaps(q)).toEqual([expect.stringMatching(/^contacts\.water\.phone：要确认：「本项目电梯维保单位.*」和「供水抢修.*sameNumberOk: \[lift, water\]/)]);
  });

  it('holds the lift company given the lift platform’s 96333', () => {
    const p: ProjectData = structuredClone(ready);
    p.contacts.lift = { ...p.contacts.lift, phone: '96333' };
    expect(gaps(p)).toEqual([expect.stringMatching(/^contacts\.lift\.phone：要确认：「本项目电梯维保单位（24 小时值班电话）」和「电梯应急处置平台」是同一个号码 96333/)]);
  });

  it('holds a vanity number until numberOk lists it', () => {
    const p: ProjectData = structuredClone(ready);
    p.contacts.lift = { ...p.contacts.lift, phone: '400-820-8888' };
    expect(gaps(p)).toEqual([expect.stringMatching(/^contacts\.lift\.phone：要确认：.*400-820-8888 结尾是 4 个相同的数字.*numberOk: \["400-820-8888"\]/)]);
    expect(gaps({ ...p, numberOk: ['4008208888'] })).toEqual([]);
  });

  it('refuses 110 as a project’s number, and takes it for 报警', () => {
    const p: ProjectData = structuredClone(ready);
    p.contacts['service-centre'] = { phone: '110' };
    expect(gaps(p)).toEqual([expect.stringMatching(/^contacts\.service-centre\.phone：「物业服务中心 24 小时值班电话」的电话 110 是报警电话，不是这家单位的电话：/)]);
    const q: ProjectData = structuredClone(ready);
    q.contacts.police = { phone: '110' };
    expect(gaps(q)).toEqual([]);
  });

  it('refuses each fake number of the issue in a project file, naming plans by their Chinese title and the number once', () => {
    for (const fake of ['0571-88888888', '0571-00000000', '13800000000', '1380013800']) {
      const p: ProjectData = structuredClone(ready);
      p.contacts.gas = { ...p.contacts.gas, phone: fake };
      const [g, ...rest] = gaps(p);
      expect(rest).toEqual([]);
      expect(g).toMatch(/^contacts\.gas\.phone：「燃气抢修（本地燃气公司）」的电话 .*：预案和上墙版「地震」「火灾」「燃气泄漏」 等 7 处 要用$/);
      expect(g).not.toMatch(/gas-leak/);
      expect(g.split(fake).length - 1).toBe(1);
    }
  });

  it('names a sameNumberOk entry that is no contact', () => {
    const issues = checkProject({ id: 'x', file: 'x.yaml', data: { ...ready, sameNumberOk: ['gas', 'gass'] } }, site);
    expect(issues.map(formatIssue)).toEqual([expect.stringMatching(/字段 sameNumberOk\.1：未知的联系方式「gass」/)]);
  });
});

describe('a project file a person typed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wuye-yaml-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const read = (text: string) => {
    const file = join(dir, 'p.yaml');
    writeFileSync(file, text);
    return readProject(chosenProject(dir, { PROJECT_FILE: file })).issues.map((i) => `${i.field}：${i.message}`);
  };
  const head = 'name: 阳光花园\nkind: 小区\nsiteUrl: https://shouce.yangguang.cn/\n';

  it('a phone without quotes: 电话要加引号', () => {
    expect(read(`${head}contacts:\n  gas: { phone: 057181234567 }\n`)).toEqual([expect.stringMatching(/^contacts\.gas\.phone：电话要加引号/)]);
  });
  it('a full-width colon, named as such with its line', () => {
    expect(read(`${head}address：阳光路 1 号\n`)).toEqual(['：YAML 格式错误，第 4 行：用了全角冒号「：」，字段名后面要用半角冒号「:」加一个空格']);
    expect(read(`${head}contacts:\n  gas: { name: 某燃气公司, phone："0571-81234567" }\n`)).toEqual([expect.stringMatching(/第 5 行：用了全角冒号/)]);
  });
  it('other YAML errors in Chinese with the line', () => {
    expect(read(`${head}contacts:\n\tgas: { phone: "0571-81234567" }\n`)).toEqual(['：YAML 格式错误，第 5 行：用了 Tab 缩进：YAML 只能用空格缩进']);
    expect(read(`${head}name: 又一个\n`)).toEqual(['：YAML 格式错误，第 4 行：同一个字段写了两次']);
    expect(read(`${head}address: "阳光路\n`)).toEqual([expect.stringMatching(/^：YAML 格式错误，第 \d 行：少了配对的符号/)]);
  });
  it('a colon in a value is fine', () => {
    expect(read(`${head}address: 阳光路 1 号（北门：2 号岗）\n`)).toEqual([]);
  });
});
