import { excerptParts, tidyExcerpt } from '../../lib/search/index.ts';

export function Excerpt({ html }: { html: string }) {
  return <>{tidyExcerpt(excerptParts(html)).map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</>;
}
