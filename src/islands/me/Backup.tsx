/**
 * 备份与恢复 that works inside WeChat: a code to copy into a chat with oneself and pictures to
 * long-press into the photo album (WeChat wipes a page's storage on logout and drops downloaded
 * files), plus the file where the browser can save one. Restoring merges, never overwrites.
 */
import '../../styles/fallback.css';
import { useState } from 'preact/hooks';
import { exportBackup, importBackup, type ImportResult } from '../../lib/storage/backup.ts';
import { localDate } from '../../lib/local-date.ts';
import { backupAge, backupAgeText, hasRecords } from '../../lib/storage/backup-due.ts';
import { markBackedUp, readAll, replaceAll } from '../../stores/all.ts';
import { settings } from '../../stores/settings.ts';
import { readQrFromFile } from '../exam/scanQr.ts';
import { CopyText } from '../fallback/CopyText.tsx';
import { SaveFile } from '../fallback/SaveFile.tsx';
import { canDownload, inAppOf } from '../../lib/can.ts';
import { useCan } from '../useCan.ts';
import { useStored } from '../useStored.ts';

interface Made {
  code: string;
  images: string[];
}

const today = () => new Date().toLocaleDateString('zh-CN');

export function Backup() {
  const download = useCan(canDownload);
  const inApp = download === null ? null : !!inAppOf(navigator.userAgent);
  const s = useStored(settings.$store, settings.initial);
  const [made, setMade] = useState<Made | null>(null);
  const [making, setMaking] = useState(false);
  const [paste, setPaste] = useState('');
  /** QR parts read from photos so far: a backup in several pictures can be chosen in several goes */
  const [scanned, setScanned] = useState<string[]>([]);
  const [message, setMessage] = useState('');

  const age = backupAge(s.lastBackupAt, inApp !== null && hasRecords(readAll()), Date.now());

  const make = async () => {
    setMaking(true);
    setMessage('');
    try {
      const { encodeBackupCode, backupQrParts } = await import('../../lib/storage/backup-code.ts');
      const { backupImages } = await import('./backupImages.ts');
      const code = encodeBackupCode(exportBackup(readAll()));
      const images = await backupImages(backupQrParts(code), today()).catch(() => []);
      setMade({ code, images });
      markBackedUp();
    } catch {
      setMessage('没能生成备份：请刷新页面再试。');
    } finally {
      setMaking(false);
    }
  };

  const merged = (r: ImportResult) => {
    if (r.ok) replaceAll(r.data);
    setMessage((r.ok ? `已合并导入 ${r.merged.length} 类记录，本机原有记录都保留。` : '没有导入任何内容。') + (r.problems.length ? ' ' + r.problems.join('；') : ''));
  };

  const restore = async (input: string | string[]) => {
    const { decodeBackupCode } = await import('../../lib/storage/backup-code.ts');
    const d = decodeBackupCode(input);
    if (!d.ok) return { ok: false as const, error: d.error, missing: d.missing };
    merged(importBackup(readAll(), d.json));
    return { ok: true as const };
  };

  const fromPaste = async () => {
    const r = await restore(paste);
    if (!r.ok) setMessage(r.error);
    else setPaste('');
  };

  const fromPhotos = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const found = [...scanned];
    let unread = 0;
    for (const f of [...(input.files ?? [])]) {
      const text = await readQrFromFile(f).catch(() => null);
      if (text && text.startsWith('WYB1')) found.push(text);
      else unread++;
    }
    input.value = '';
    const skipped = unread ? `有 ${unread} 张图片里没有找到备份二维码。` : '';
    if (!found.length) return setMessage(skipped || '没有找到备份二维码。');
    const r = await restore(found);
    if (r.ok) {
      setScanned([]);
      if (skipped) setMessage((m) => `${m} ${skipped}`);
    } else {
      // keep what was read: the missing pictures can be chosen next
      setScanned(r.missing ? found : []);
      setMessage(`${skipped}${r.error}${r.missing ? '：再选一次，把缺的图片选上。' : ''}`);
    }
  };

  return (
    <section aria-labelledby="me-backup" id="backup">
      <h2 id="me-backup">备份与换设备</h2>
      <p>
        学习记录、检查表、演练、考试和现场处置记录只存在这个浏览器里。
        {inApp ? <strong>在微信里打开时，退出微信登录会把它们清掉。</strong> : '清理浏览器数据或换一台设备时会丢失。'}
        备份后在任何手机或电脑上都能恢复：恢复是合并，不会覆盖已有的记录。
      </p>
      {inApp !== null && (
        <p class={age.due ? 'notice' : 'muted'} data-backup-age>
          {backupAgeText(age)}
          {age.due && '：建议现在备份一次。'}
        </p>
      )}
      <div class="actions">
        <button type="button" class="button primary" onClick={make} disabled={making} data-make-backup>
          {making ? '正在生成…' : '生成备份（图片 + 备份码）'}
        </button>
        <SaveFile
          name={`物业手册-学习记录-${localDate(Date.now())}.json`}
          text={() => exportBackup(readAll())}
          file={() => import('../photos/backupPhotos.ts').then((m) => m.withPhotos(exportBackup(readAll())))}
          type="application/json"
          label="导出备份文件"
          onSaved={() => markBackedUp()}
        />
      </div>
      {made && (
        <div class="backup-made" data-backup-made>
          {made.images.length > 0 && (
            <>
              <h3>方法一：把图片存到相册</h3>
              <p>
                {made.images.length > 1 ? `一共 ${made.images.length} 张，每张都要存。` : ''}
                长按图片，选「保存图片」（电脑上右键「图片另存为」）。恢复时在「从相册的备份图片恢复」里选上这些图片。
              </p>
              <div class="backup-images">
                {made.images.map((src, i) => (
                  <img key={i} src={src} width={300} height={365} alt={`备份图片 第 ${i + 1} 张，共 ${made.images.length} 张`} data-backup-image />
                ))}
              </div>
            </>
          )}
          <p class="muted">备份图片和备份码不带现场照片：照片只在「导出备份文件」里。</p>
          <h3>{made.images.length ? '方法二：' : ''}复制备份码</h3>
          <p>复制后发到微信「文件传输助手」或自己的聊天里；恢复时整段粘贴到下面。</p>
          <CopyText text={made.code} label="备份码" rows={3} copyLabel="复制备份码" />
        </div>
      )}
      <h3>恢复</h3>
      <div class="actions">
        <label class="button">
          从相册的备份图片恢复
          <input type="file" accept="image/*" multiple class="visually-hidden" onChange={fromPhotos} data-restore-images />
        </label>
      </div>
      {scanned.length > 0 && <p class="muted">已读到 {scanned.length} 张备份图片。</p>}
      <label class="field">
        <span>或者粘贴备份码（以 WYB1 开头）</span>
        <textarea rows={3} value={paste} onInput={(e) => setPaste((e.target as HTMLTextAreaElement).value)} data-restore-code />
      </label>
      <div class="actions">
        <button type="button" class="button" disabled={!paste.trim()} onClick={fromPaste}>
          用备份码恢复
        </button>
        {download !== false && <RestoreFile onDone={merged} />}
      </div>
      <p role="status" aria-live="polite" data-backup-status>
        {message}
      </p>
    </section>
  );
}

function RestoreFile({ onDone }: { onDone: (r: ImportResult) => void }) {
  const onFile = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const f = input.files?.[0];
    if (!f) return;
    const bytes = new Uint8Array(await f.arrayBuffer());
    const r = importBackup(readAll(), bytes);
    // the photos of restored records come back into the photo store; a photo that cannot is counted, the records are in
    if (r.ok) {
      const p = await import('../photos/backupPhotos.ts').then(
        (m) => m.restorePhotos(new TextDecoder().decode(bytes)),
        () => ({ added: 0, failed: 0 }),
      );
      if (p.added) r.problems.unshift(`恢复了 ${p.added} 张照片`);
      if (p.failed) r.problems.push(`${p.failed} 张照片没能恢复`);
    }
    onDone(r);
    input.value = '';
  };
  return (
    <label class="button">
      导入备份文件
      <input type="file" accept="application/json,.json" class="visually-hidden" onChange={onFile} />
    </label>
  );
}
