/**
 * The few checks a button needs before it shows: each tries the feature itself, and treats WeChat
 * and 企业微信 as unable to print or save files — they have a print() that does nothing and drop or
 * re-encode downloads (../shared/research/wechat-webview.md). Kept apart from capabilities.ts so an
 * island with one 复制 or 打印 button does not carry the whole 环境检测.
 */
import { inAppOf, type InApp } from './in-app.ts';

export { inAppOf, type InApp };

/** The parts of `window` this looks at; anything missing counts as absent. */
export interface WindowLike {
  navigator?: {
    userAgent?: string;
    serviceWorker?: unknown;
    share?: unknown;
    clipboard?: { writeText?: unknown };
    mediaDevices?: { getUserMedia?: unknown };
    platform?: string;
    maxTouchPoints?: number;
  };
  speechSynthesis?: unknown;
  SpeechSynthesisUtterance?: unknown;
  print?: unknown;
  BarcodeDetector?: unknown;
  isSecureContext?: boolean;
  localStorage?: { getItem: (k: string) => string | null };
  document?: { createElement: (t: string) => { download?: unknown } };
}

const inApp = (w: WindowLike) => !!inAppOf(w.navigator?.userAgent ?? '');

export function canPrint(w: WindowLike): boolean {
  return typeof w.print === 'function' && !inApp(w);
}

export function canCopy(w: WindowLike): boolean {
  return typeof w.navigator?.clipboard?.writeText === 'function';
}

export function canDownload(w: WindowLike): boolean {
  if (inApp(w)) return false;
  try {
    return !!w.document && 'download' in w.document.createElement('a');
  } catch {
    return false;
  }
}

export function canUseCamera(w: WindowLike): boolean {
  return typeof w.navigator?.mediaDevices?.getUserMedia === 'function';
}
