/**
 * 「点右上角 ··· → 在浏览器打开」 with a small picture of where to tap, in the words of the app the
 * page is open in. Shown only inside WeChat / 企业微信; elsewhere callers say what else to do.
 */
import '../../styles/fallback.css';
import { openInBrowserAdvice, type Capabilities } from '../../lib/capabilities.ts';

export function OpenInBrowser({ caps, why }: { caps: Pick<Capabilities, 'inApp' | 'platform'>; why?: string }) {
  if (!caps.inApp) return null;
  const item = caps.platform === 'ios' ? '在 Safari 中打开' : '在浏览器打开';
  return (
    <div class="open-in-browser notice info" data-open-in-browser>
      <svg viewBox="0 0 220 120" width="176" height="96" role="img" aria-label={`示意图：点右上角「···」，再点「${item}」`}>
        <rect x="1" y="1" width="218" height="118" rx="10" fill="#fff" stroke="#8a94a3" />
        <rect x="1" y="1" width="218" height="28" rx="10" fill="#ededed" />
        <text x="14" y="20" font-size="12" fill="#333">
          物业服务手册
        </text>
        <circle cx="196" cy="15" r="11" fill="none" stroke="#c62828" stroke-width="2.5" />
        <text x="196" y="19" font-size="14" font-weight="700" text-anchor="middle" fill="#111">
          ···
        </text>
        <path d="M196 28 L196 52" stroke="#c62828" stroke-width="2.5" marker-end="url(#oib-a)" />
        <defs>
          <marker id="oib-a" viewBox="0 0 10 10" refX="5" refY="5" markerWidth="5" markerHeight="5" orient="auto">
            <path d="M0 0 L10 5 L0 10 z" fill="#c62828" />
          </marker>
        </defs>
        <rect x="80" y="60" width="132" height="40" rx="8" fill="#f7f7f7" stroke="#c62828" stroke-width="2" />
        <text x="146" y="85" font-size="13" text-anchor="middle" fill="#111">
          {item}
        </text>
      </svg>
      <p>
        {why && <>{why}</>}
        {openInBrowserAdvice(caps)}。
      </p>
    </div>
  );
}
