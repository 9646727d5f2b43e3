/** Loads question banks for an exam from /exam-data/, once per bank per page. */
import type { Question } from '../../lib/quiz/types.ts';

const cache = new Map<string, Promise<Question[]>>();

export function loadBank(id: string): Promise<Question[]> {
  let p = cache.get(id);
  if (!p) {
    p = fetch(`/exam-data/${encodeURIComponent(id)}.json`).then((r) => {
      if (!r.ok) throw new Error(`题库「${id}」不存在`);
      return r.json() as Promise<Question[]>;
    });
    p.catch(() => cache.delete(id));
    cache.set(id, p);
  }
  return p;
}

export async function loadPool(banks: string[]): Promise<Question[]> {
  return (await Promise.all(banks.map(loadBank))).flat();
}
