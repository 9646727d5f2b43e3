/** 收结果: paste, files or QR photos, or the camera; then what was added and what was refused, and why. */
import { useRef, useState } from 'preact/hooks';
import type { Rejected } from '../../lib/exam/console.ts';
import { canUseCamera } from '../../lib/can.ts';
import { useCan } from '../useCan.ts';
import { unfold } from './Folded.tsx';

export interface ImportReport {
  added: number;
  duplicates: number;
  /** signing keys found in the text and not taken: keys are trusted only through TrustedKeys */
  keysIgnored: number;
  rejected: Rejected[];
}

/** The QR reader loads with the first photo or scan: most results arrive pasted or as text files. */
const scanner = () => import('../exam/scanQr.ts');

export function ImportPanel({ busy, report, onText, onReport }: { busy: boolean; report: ImportReport | null; onText: (t: string) => Promise<void>; onReport: (r: ImportReport) => void }) {
  const camera = useCan(canUseCamera);
  const [paste, setPaste] = useState('');
  const [scanning, setScanning] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  const refuse = (code: string, error: string) => onReport({ added: 0, duplicates: 0, keysIgnored: 0, rejected: [{ code, error }] });

  const onFiles = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const texts: string[] = [];
    for (const f of [...(input.files ?? [])]) {
      if (f.type.startsWith('image/')) {
        const code = await scanner()
          .then((m) => m.readQrFromFile(f))
          .catch(() => null);
        if (code) texts.push(code);
        else refuse(f.name, '照片里没有识别到二维码：请拍清楚、对准二维码');
      } else texts.push(await f.text());
    }
    if (texts.length) await onText(texts.join('\n'));
    input.value = '';
  };

  const stopScan = () => {
    const v = video.current;
    (v?.srcObject as MediaStream | null)?.getTracks().forEach((t) => t.stop());
    if (v) v.srcObject = null;
    setScanning(false);
  };
  const startScan = async () => {
    setScanning(true);
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
      const { readQr } = await scanner();
      const v = video.current!;
      v.srcObject = stream;
      await v.play();
      const tick = async () => {
        if (!v.srcObject) return;
        const code = v.videoWidth ? await readQr(v, v.videoWidth, v.videoHeight).catch(() => null) : null;
        if (code) {
          stopScan();
          await onText(code);
        } else requestAnimationFrame(() => void tick());
      };
      void tick();
    } catch {
      setScanning(false);
      refuse('摄像头', '打不开摄像头：请允许使用摄像头，或改用「从照片识别」');
    }
  };

  return (
    <section aria-labelledby="import-h">
      <h2 id="import-h">收结果</h2>
      <label class="field">
        <span>粘贴结果码（可以一次粘贴很多个）</span>
        <textarea rows={4} value={paste} onInput={(e) => setPaste((e.target as HTMLTextAreaElement).value)} />
      </label>
      <div class="actions">
        <button type="button" class="button primary" disabled={busy || !paste.trim()} onClick={() => onText(paste).then(() => setPaste(''))}>
          导入
        </button>
        <label class="button">
          导入文件或二维码照片
          <input type="file" multiple accept=".txt,.json,text/plain,application/json,image/*" class="visually-hidden" onChange={onFiles} />
        </label>
        {!camera ? null : !scanning ? (
          <button type="button" class="button" onClick={startScan}>
            用摄像头扫码
          </button>
        ) : (
          <button type="button" class="button" onClick={stopScan}>
            停止扫码
          </button>
        )}
      </div>
      <video ref={video} class={scanning ? 'scanner' : 'visually-hidden'} muted playsInline />
      <div role="status" aria-live="polite">
        {report && (
          <p>
            新增 {report.added} 份{report.duplicates ? `，重复 ${report.duplicates} 份已合并` : ''}
            {report.rejected.length ? `，${report.rejected.length} 份不能接收：` : '。'}
          </p>
        )}
        {report && report.keysIgnored > 0 && (
          <p class="notice" data-keys-ignored>
            这段文字里有 {report.keysIgnored} 个出卷密钥，没有随结果导入：信任同事的密钥要在下面「同事的出卷密钥」里单独导入，并写明是谁的。
          </p>
        )}
        {report && report.rejected.length > 0 && (
          <ul class="rejected">
            {report.rejected.map((r, i) => (
              <li key={i}>
                {r.error}（{r.code.length > 24 ? r.code.slice(0, 24) + '…' : r.code}）
                {r.move && (
                  <>
                    {' '}
                    <a href="#move-console" onClick={() => unfold('move-console')} data-move-link>
                      去搬考核台
                    </a>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
