import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect, inAppOf, openInBrowserAdvice, platformOf } from '../../src/lib/capabilities.ts';
import { backupQrParts, decodeBackupCode, encodeBackupCode } from '../../src/lib/storage/backup-code.ts';
import { exportBackup, importBackup, type AllData } from '../../src/lib/storage/backup.ts';
import { backupAge, backupAgeText, hasRecords } from '../../src/lib/storage/backup-due.ts';
import { mergeSettings, mergeSittings } from '../../src/lib/storage/merge.ts';
import { defaultSettings, emptyProgress, type ExamSitting } from '../../src/lib/storage/schemas.ts';

const XWEB =
  'Mozilla/5.0 (Linux; Android 14; V2309A Build/UP1A; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/146.0.7680.177 Mobile Safari/537.36 XWEB/1460075 MMWEBSDK/20260202 MMWEBID/1234 MicroMessenger/8.0.70.2800(0x28004637) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64';
const IOS_WECHAT = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.56(0x18003830) NetType/4G Language/zh_CN';
const WXWORK = 'Mozilla/5.0 (Linux; Android 13; wv) AppleWebKit/537.36 Chrome/130.0 Mobile Safari/537.36 wxwork/4.1.30 MicroMessenger/7.0.1 NetType/WIFI Language/zh';

describe('what the browser can do', () => {
  it('knows WeChat, 企业微信 and the platform from the user agent (wording only)', () => {
    expect([inAppOf(XWEB), platformOf(XWEB)]).toEqual(['wechat', 'android']);
    expect([inAppOf(IOS_WECHAT), platformOf(IOS_WECHAT)]).toEqual(['wechat', 'ios']);
    expect(inAppOf(WXWORK)).toBe('wxwork');
    expect(inAppOf('Mozilla/5.0 (Linux; Android 14) Chrome/150 Mobile Safari/537.36')).toBeNull();
  });
  it('checks each feature itself', () => {
    const bare = detect({ navigator: { userAgent: IOS_WECHAT }, isSecureContext: true });
    expect(bare).toMatchObject({ offline: false, readAloud: false, share: false, camera: false, print: false, download: false });
    const chrome = detect({
      navigator: { userAgent: 'Chrome/150 Android', serviceWorker: {}, share: () => {}, clipboard: { writeText: () => {} }, mediaDevices: { getUserMedia: () => {} } },
      speechSynthesis: {},
      SpeechSynthesisUtterance: function () {},
      print: () => {},
      isSecureContext: true,
      localStorage: { getItem: () => null },
      document: { createElement: () => ({ download: '' }) },
    });
    expect(chrome).toMatchObject({ offline: true, readAloud: true, share: true, clipboard: true, camera: true, print: true, download: true, storage: true });
  });
  it('does not trust print or download links inside WeChat, which ignore them', () => {
    const w = detect({ navigator: { userAgent: XWEB, serviceWorker: {} }, print: () => {}, isSecureContext: true, document: { createElement: () => ({ download: '' }) } });
    expect(w).toMatchObject({ inApp: 'wechat', offline: true, print: false, download: false });
  });
  it('tells how to open a real browser in each app’s words', () => {
    expect(openInBrowserAdvice({ inApp: 'wechat', platform: 'ios' })).toMatch(/在 Safari 中打开/);
    expect(openInBrowserAdvice({ inApp: 'wechat', platform: 'android' })).toMatch(/在浏览器打开/);
    expect(openInBrowserAdvice({ inApp: null, platform: 'android' })).toBe('');
  });
});

describe('backup codes', () => {
  const json = JSON.stringify({
    app: 'wuye-handbook',
    version: 1,
    data: {
      progress: {
        quiz: {},
        answers: Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`q${i}`, { bank: 'b', correct: i % 3 === 0, at: 1_790_000_000_000 + i * 997, wrongCount: i % 4 }])),
        reads: {},
      },
    },
  });
  it('round-trips through a code and through QR parts in any order', () => {
    const code = encodeBackupCode(json);
    expect(decodeBackupCode(`我的备份：\n${code}\n`)).toEqual({ ok: true, json });
    const parts = backupQrParts(code, 500);
    expect(parts.length).toBeGreaterThan(1);
    expect(decodeBackupCode([...parts].reverse())).toEqual({ ok: true, json });
  });
  it('says which QR parts are missing, and refuses a damaged or foreign code', () => {
    const parts = backupQrParts(encodeBackupCode(json), 500);
    const r = decodeBackupCode(parts.slice(1));
    expect(r).toMatchObject({ ok: false, missing: [1] });
    const code = encodeBackupCode(json);
    expect(decodeBackupCode(code.slice(0, -3) + 'zzz')).toMatchObject({ ok: false, error: expect.stringMatching(/校验不通过/) });
    expect(decodeBackupCode('WY1.abc.def')).toMatchObject({ ok: false, error: expect.stringMatching(/考试结果码/) });
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(decodeBackupCode(s).ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

describe('backups carry exams and remind gently', () => {
  const sitting = (over: Partial<ExamSitting> = {}): ExamSitting => ({ name: '张三', number: 'A01', startedAt: 1_790_000_000_000, answers: {}, seed: 's1', lastSeenAt: 1_790_000_000_000, ...over });
  const empty: AllData = { progress: emptyProgress(), cards: {}, checklists: {}, drills: {}, settings: defaultSettings(), incidents: {}, exams: {} };

  it('a backup code restores exam sittings with everything else', () => {
    const data: AllData = { ...empty, exams: { 'h:A01': sitting({ answers: { q1: { type: 'single', choice: 1 } } }) } };
    const back = decodeBackupCode(encodeBackupCode(exportBackup(data)));
    if (!back.ok) throw new Error(back.error);
    const r = importBackup(empty, back.json);
    expect(r.merged).toContain('exams');
    expect(r.data.exams).toEqual(data.exams);
  });

  it('restoring an older backup never reopens a handed-in exam', () => {
    const handedIn = sitting({ submittedAt: 1_790_000_900_000, code: 'WY1.x', lastSeenAt: 1_790_000_900_000 });
    const older = sitting({ lastSeenAt: 1_790_000_500_000 });
    expect(mergeSittings({ k: handedIn }, { k: older }).k).toEqual(handedIn);
    expect(mergeSittings({ k: older }, { k: handedIn }).k).toEqual(handedIn);
    const later = sitting({ lastSeenAt: 1_790_000_600_000 });
    expect(mergeSittings({ k: older }, { k: later }).k).toEqual(later);
  });

  it('keeps this phone’s settings and fills only what is unset', () => {
    expect(mergeSettings({ largeText: true, lastBackupAt: 5 }, { largeText: false, role: 'steward', readRate: 0.8, lastBackupAt: 9 })).toEqual({
      largeText: true,
      role: 'steward',
      readRate: 0.8,
      lastBackupAt: 5,
    });
  });

  it('reminds only when there is something to lose and no backup this week', () => {
    const now = 1_790_000_000_000;
    const day = 86_400_000;
    expect(backupAge(undefined, false, now)).toEqual({ days: null, due: false });
    expect(backupAge(undefined, true, now)).toEqual({ days: null, due: true });
    expect(backupAge(now - 2 * day, true, now)).toEqual({ days: 2, due: false });
    expect(backupAge(now - 7 * day, true, now)).toEqual({ days: 7, due: true });
    expect(hasRecords(empty)).toBe(false);
    expect(hasRecords({ ...empty, exams: { k: sitting() } })).toBe(true);
    expect(backupAgeText({ days: 3, due: false })).toBe('上次备份在 3 天前');
  });
});
