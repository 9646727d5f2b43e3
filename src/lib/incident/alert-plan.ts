/**
 * What will and will not alert on this phone, from what the browser offers: said once when a run
 * starts (iPhone and WeChat lack several of these). Apart from alerts.ts so it loads with the notice.
 */
/** What this browser offers for alerting; `notification` is the permission, or 'none' without the API. */
export interface AlertFeatures {
  vibrate: boolean;
  sound: boolean;
  wakeLock: boolean;
  notification: NotificationPermission | 'none';
}

/** What will and will not alert on this phone, said once when a run starts. */
export function alertPlan(f: AlertFeatures): { will: string[]; wont: string[] } {
  const will: string[] = ['屏幕上变色并显示剩余时间'];
  const wont: string[] = [];
  (f.vibrate ? will : wont).push(f.vibrate ? '震动' : '不会震动（这个浏览器不支持）');
  (f.sound ? will : wont).push(f.sound ? '页面开着时响提示音' : '不会响提示音（这个浏览器不支持）');
  (f.wakeLock ? will : wont).push(f.wakeLock ? '处置期间屏幕保持常亮' : '屏幕可能自动熄灭：请把自动锁屏调长，或隔一会儿看一眼');
  if (f.notification === 'granted') will.push('锁屏或切到别的应用时发系统通知');
  else if (f.notification === 'none') wont.push('不能发系统通知（微信里和 iPhone 的网页里通常没有）：锁屏后不会提醒，解锁时马上提醒');
  else if (f.notification === 'denied') wont.push('系统通知已被拒绝：锁屏后不会提醒，解锁时马上提醒（可在浏览器的网站设置里打开）');
  else wont.push('还没有允许系统通知：锁屏后不会提醒，解锁时马上提醒');
  return { will, wont };
}
