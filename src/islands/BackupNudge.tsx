import { routes } from '../lib/routes.ts';
/**
 * Where a quiz, drill, checklist or exam ends: one line offering a backup. Always the same words,
 * with no check of its own, so it costs the island almost nothing; 我的 says how old the last
 * backup is and reminds when it is a week old.
 */
export function BackupNudge() {
  return (
    <p class="muted backup-nudge" data-backup-nudge>
      记录只存在这个浏览器里，在微信里打开时退出微信登录就会被清掉：<a href={routes.me.backup}>去备份</a>（存一张图片到相册，或复制一段备份码）。
    </p>
  );
}
