/**
 * What this browser can do, found by trying the feature itself; the user agent only chooses the
 * wording of advice (WeChat's in-app browser on Android or iPhone, 企业微信). Pure over a
 * window-like object, so tests can hand it a WeChat without read-aloud, download or print.
 */
import { canCopy, canDownload, canPrint, canUseCamera, inAppOf, type InApp, type WindowLike } from './can.ts';

export type { InApp, WindowLike };
export type Platform = 'ios' | 'android' | 'other';

export interface Capabilities {
  inApp: InApp;
  platform: Platform;
  /** the handbook can be kept on the phone for use without a network */
  offline: boolean;
  readAloud: boolean;
  print: boolean;
  share: boolean;
  clipboard: boolean;
  /** files can be saved with a download link (in-app browsers lose or re-encode them) */
  download: boolean;
  camera: boolean;
  /** the browser reads QR codes itself; otherwise the site's own reader (jsQR) does */
  barcodeDetector: boolean;
  storage: boolean;
}

export { inAppOf };

export function platformOf(ua: string, n?: WindowLike['navigator']): Platform {
  if (/iPhone|iPad|iPod/i.test(ua) || (n?.platform === 'MacIntel' && (n.maxTouchPoints ?? 0) > 1)) return 'ios';
  if (/Android/i.test(ua)) return 'android';
  return 'other';
}

export function detect(w: WindowLike): Capabilities {
  const n = w.navigator ?? {};
  const ua = n.userAgent ?? '';
  const inApp = inAppOf(ua);
  let storage = false;
  try {
    w.localStorage?.getItem('wuye:probe');
    storage = !!w.localStorage;
  } catch {
    // blocked (some in-app browsers, private mode): storage stays false
  }
  return {
    inApp,
    platform: platformOf(ua, n),
    offline: !!n.serviceWorker && w.isSecureContext !== false,
    readAloud: !!w.speechSynthesis && !!w.SpeechSynthesisUtterance,
    print: canPrint(w),
    share: typeof n.share === 'function',
    clipboard: canCopy(w),
    download: canDownload(w),
    camera: canUseCamera(w),
    barcodeDetector: typeof w.BarcodeDetector === 'function',
    storage,
  };
}

/** How to leave the in-app browser for a real one, in the words each app uses. */
export function openInBrowserAdvice(c: Pick<Capabilities, 'inApp' | 'platform'>): string {
  if (!c.inApp) return '';
  const app = c.inApp === 'wxwork' ? '企业微信' : '微信';
  return c.platform === 'ios' ? `点右上角「···」，选「在 Safari 中打开」（${app}里做不到的，在 Safari 里都能做）` : `点右上角「···」，选「在浏览器打开」（${app}里做不到的，在手机浏览器里都能做）`;
}
