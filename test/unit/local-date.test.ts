import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate, sameLocalDay } from '../../src/lib/local-date.ts';

// 07:30 in Beijing on 2 December is 23:30 UTC on 1 December.
const BEIJING_0730 = Date.parse('2026-12-01T23:30:00Z');

describe('localDate', () => {
  it('names 07:30 Beijing time after the Beijing day, not the UTC one', () => {
    expect(localDate(BEIJING_0730, -480)).toBe('2026-12-02');
    expect(new Date(BEIJING_0730).toISOString().slice(0, 10)).toBe('2026-12-01');
  });
  it('turns at local midnight', () => {
    expect(localDate(Date.parse('2026-12-01T15:59:59Z'), -480)).toBe('2026-12-01');
    expect(localDate(Date.parse('2026-12-01T16:00:00Z'), -480)).toBe('2026-12-02');
    expect(localDate(Date.parse('2026-12-31T16:30:00Z'), -480)).toBe('2027-01-01');
  });
  it('works west of UTC too', () => {
    expect(localDate(Date.parse('2026-12-02T03:00:00Z'), 300)).toBe('2026-12-01');
  });
});

describe('on a device set to China time', () => {
  const tz = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'Asia/Shanghai';
  });
  afterAll(() => {
    process.env.TZ = tz;
  });
  it('uses the device zone by default', () => {
    expect(new Date(BEIJING_0730).getTimezoneOffset()).toBe(-480);
    expect(localDate(BEIJING_0730)).toBe('2026-12-02');
  });
  it('counts 23:59 and the next 00:01 as two days, 00:01 and 23:59 of one date as one', () => {
    const d = (s: string) => Date.parse(s + '+08:00');
    expect(sameLocalDay(d('2026-12-01T23:59:00'), d('2026-12-02T00:01:00'))).toBe(false);
    expect(sameLocalDay(d('2026-12-02T00:01:00'), d('2026-12-02T23:59:00'))).toBe(true);
    expect(sameLocalDay(d('2026-12-02T07:30:00'), d('2026-12-01T23:00:00'))).toBe(false);
  });
});
