/** Loads question banks for an exam from /exam-data/, once per bank per page. */
import type { Question } from '../../lib/quiz/types.ts';
import { routes } from '../../lib/routes.ts';

/** Why a bank did not load: this site has no such bank, or the network is not there. */
export class BankError extends Error {
  readonly reason: 'missing' | 'offline';
  constructor(reason: 'missing' | 'offline', bank: string) {
    super(reason === 'missing' ? `本站没有题库「${bank}」` : `题库「${bank}」没有加载成功`);
    this.reason = reason;
  }
}

/** What to tell a person whose exam or results need a bank that did not load. */
export function bankErrorText(e: unknown): string {
  if (e instanceof BankError && e.reason === 'missing') return `${e.message}：这个考试可能来自另一个版本或另一个项目的手册，请联系培训师重新出卷。`;
  return '题库没有加载成功：请联网后刷新页面。';
}

const cache = new Map<string, Promise<Question[]>>();

export function loadBank(id: string): Promise<Question[]> {
  let p = cache.get(id);
  if (!p) {
    p = fetch(routes.data.examBank(id)).then(
      (r) => {
        if (r.status === 404) throw new BankError('missing', id);
        if (!r.ok) throw new BankError('offline', id);
        return r.json() as Promise<Question[]>;
      },
      () => {
        throw new BankError('offline', id);
      },
    );
    p.catch(() => cache.delete(id));
    cache.set(id, p);
  }
  return p;
}

export async function loadPool(banks: string[]): Promise<Question[]> {
  return (await Promise.all(banks.map(loadBank))).flat();
}
