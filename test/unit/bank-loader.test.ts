/**
 * The exam's bank loader (an island's own logic): a trainee whose exam names a bank this site lacks
 * is told to ask for a new exam, one who lost the network to reconnect; a bank is fetched once,
 * and a failed fetch is tried again next time instead of failing for the rest of the visit.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bankErrorText, BankError, loadBank, loadPool } from '../../src/islands/exam/bankLoader.ts';
import { routes } from '../../src/lib/routes.ts';

const question = (id: string) => ({ id, type: 'judge', stem: id, answer: true, source: 'emergency/fire' });
const respond = (status: number, body: unknown = []) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

afterEach(() => vi.unstubAllGlobals());

describe('loading an exam’s question banks', () => {
  it('asks the site for each bank once, however many parts of the page want it', async () => {
    const fetch = vi.fn(async (url: string) => respond(200, [question(url)]));
    vi.stubGlobal('fetch', fetch);
    const [a, b] = await Promise.all([loadBank('once-a'), loadBank('once-a')]);
    expect(a).toBe(b);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith(routes.data.examBank('once-a'));
    const pool = await loadPool(['once-a', 'once-b']);
    expect(pool.map((q) => q.id)).toEqual([routes.data.examBank('once-a'), routes.data.examBank('once-b')]);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('a bank the site does not have says the exam is from another version or project', async () => {
    vi.stubGlobal('fetch', async () => respond(404));
    const e = await loadBank('gone').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(BankError);
    expect(bankErrorText(e)).toBe('本站没有题库「gone」：这个考试可能来自另一个版本或另一个项目的手册，请联系培训师重新出卷。');
  });

  it('no network, or a server error, says to reconnect; the next try fetches again', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(bankErrorText(await loadBank('flaky').catch((x: unknown) => x))).toBe('题库没有加载成功：请联网后刷新页面。');
    vi.stubGlobal('fetch', async () => respond(503));
    expect(bankErrorText(await loadBank('flaky').catch((x: unknown) => x))).toBe('题库没有加载成功：请联网后刷新页面。');
    vi.stubGlobal('fetch', async () => respond(200, [question('back')]));
    expect((await loadBank('flaky')).map((q) => q.id)).toEqual(['back']);
  });
});
