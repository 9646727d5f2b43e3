/** WeChat's or 企业微信's in-app browser, from the user agent: used only to word advice. */
export type InApp = 'wechat' | 'wxwork' | null;

export function inAppOf(ua: string): InApp {
  if (/wxwork/i.test(ua)) return 'wxwork';
  if (/MicroMessenger/i.test(ua)) return 'wechat';
  return null;
}
