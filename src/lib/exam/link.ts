/**
 * Exam links. The settings ride in the query (`/assess/take/?exam=…&sig=…`) rather than the
 * #fragment, which WeChat may drop or mangle when a link is shared; reading also accepts the older
 * fragment form and finds the parts wherever a rewriting app has put them (extra parameters such
 * as from=singlemessage, an encoded # or &).
 */
import { routes } from '../routes.ts';

export function examLink(origin: string, encodedSpec: string, sig?: string): string {
  return `${origin}${routes.assess.take}?exam=${encodedSpec}${sig ? `&sig=${sig}` : ''}`;
}

export type LinkParts = { ok: true; exam: string; sig?: string } | { ok: false; error: string };

export function readExamLink(search: string, hash: string): LinkParts {
  let text = `${search}&${hash}`;
  try {
    // an app that encoded "#" or "&" once (or twice) still leaves the parts readable
    for (let i = 0; i < 2 && /%[0-9a-f]{2}/i.test(text); i++) text = decodeURIComponent(text);
  } catch {
    /* a stray % sign: read what is there */
  }
  const exam = /(?:^|[?&#])exam=([A-Za-z0-9_-]+)/.exec(text)?.[1];
  const sig = /(?:^|[?&#])sig=([A-Za-z0-9_-]+)/.exec(text)?.[1];
  if (!exam) return { ok: false, error: '没有考试信息：请用培训师发的链接或二维码打开（如果是从微信打开的，请确认链接完整）。' };
  return { ok: true, exam, sig };
}
