/**
 * 换电脑：搬走或搬来考核台. The whole console (signing keys, results with their scores, staff list)
 * leaves as one file and comes into another console merged, never overwriting it; the signing key
 * alone travels as text or a QR code for a computer that only needs to accept this one's exams.
 */
import { useState } from 'preact/hooks';
import { exportConsole, mergeKeys, mergeResults, mergeRosters, readConsoleFile, type ConsoleState } from '../../lib/exam/console-move.ts';
import { keyLine, keyLines } from '../../lib/exam/key-lines.ts';
import { localDate } from '../../lib/local-date.ts';
import { ownSigningKey, trainer } from '../../stores/console.ts';
import { consoleData } from '../../stores/console-data.ts';
import { roster } from '../../stores/roster.ts';
import { QrImage } from '../exam/QrImage.tsx';
import { readQrFromFile } from '../exam/scanQr.ts';
import { CopyText } from '../fallback/CopyText.tsx';
import { SaveFile } from '../fallback/SaveFile.tsx';

interface Props {
  /** result codes of an older backup text go through the console's own import, to be checked and scored */
  onCodes: (text: string) => Promise<void>;
  /** a code's result key (the console's resultKey), null if it does not decode: one result is kept once */
  keyOf: (code: string) => string | null;
}

export function MovePanel({ onCodes, keyOf }: Props) {
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null);
  const [showKey, setShowKey] = useState(false);
  const [paste, setPaste] = useState('');

  const take = (state: ConsoleState) => {
    const now = Date.now();
    let k!: ReturnType<typeof mergeKeys>;
    let r!: ReturnType<typeof mergeResults>;
    let p = { added: 0 };
    trainer.update((cur) => (k = mergeKeys(cur, state.trainer, `从另一台电脑搬来（${localDate(now)}）`, now)).data);
    consoleData.update((cur) => (r = mergeResults(cur, state.console, keyOf)).data);
    if (state.roster) roster.update((cur) => (p = mergeRosters(cur, state.roster)).data);
    const parts = [`出卷密钥 ${k.added} 个`, `新成绩 ${r.added} 份`, ...(state.roster ? [`名单新增 ${p.added} 人`] : [])];
    const left = [k.refused ? `${k.refused} 个密钥超过上限没有导入` : '', r.over ? `${r.over} 份成绩超过考核台上限没有导入` : ''].filter(Boolean);
    setSaid({ ok: !left.length, text: `已搬来：${parts.join('，')}。原来就有的没有重复。${left.length ? `${left.join('；')}。` : '这台电脑现在能收那台电脑出的卷的成绩。'}` });
  };
  const fromText = (text: string) => {
    const r = readConsoleFile(text);
    if (!r.ok) return setSaid({ ok: false, text: r.error });
    const { codes } = r.state.console;
    take(r.legacy ? { ...r.state, console: { codes: [], graded: {} } } : r.state);
    if (r.legacy && codes.length) void onCodes(codes.join('\n'));
  };
  const onFile = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const f = input.files?.[0];
    input.value = '';
    if (!f) return;
    if (!f.type.startsWith('image/')) return fromText(await f.text());
    const code = await readQrFromFile(f).catch(() => null);
    if (code && keyLines(code).length) fromText(code);
    else setSaid({ ok: false, text: '照片里没有识别到出卷密钥二维码：请拍清楚、对准二维码' });
  };
  const takeKey = () => {
    if (!keyLines(paste).length) return setSaid({ ok: false, text: '没有找到出卷密钥（应以 WYKEY. 开头，后面 43 个字符）' });
    fromText(paste);
    setPaste('');
  };

  const state = (): ConsoleState => ({ trainer: trainer.get(), console: consoleData.get(), roster: roster.get() });
  return (
    <section aria-label="换电脑：搬走或搬来考核台" class="move-console">
      <h3>搬走这个考核台</h3>
      <p class="hint">换电脑，或交给接手的培训师：导出一个文件，在另一台电脑的考核台这里「导入考核台文件」。文件里有出卷密钥、全部成绩和人员名单，只交给自己或接手的人。</p>
      <div class="actions">
        <SaveFile name={`考核台-${localDate(Date.now())}.json`} text={() => exportConsole(state())} type="application/json" label="导出整个考核台（文件）" />
        <button type="button" class="button" aria-expanded={showKey} onClick={() => setShowKey((v) => !v)}>
          {showKey ? '收起出卷密钥' : '只搬出卷密钥（文字或二维码）'}
        </button>
      </div>
      {showKey && (
        <div class="move-key">
          <p class="hint">另一台电脑只要能收这台电脑出的卷的成绩：在那里的「搬来」粘贴这段文字，或把二维码拍下来从照片识别。</p>
          <CopyText label="本机的出卷密钥" text={keyLine(ownSigningKey())} rows={2} attrs={{ 'data-own-key': '' }} />
          <QrImage text={keyLine(ownSigningKey())} label="本机出卷密钥二维码" size={200} png />
        </div>
      )}
      <h3>搬来另一台电脑的考核台</h3>
      <p class="hint">导入会合并：这里原有的成绩、名单和密钥都保留，同一份成绩只算一次。</p>
      <div class="actions">
        <label class="button">
          导入考核台文件
          <input type="file" accept=".json,.txt,application/json,text/plain" class="visually-hidden" onChange={onFile} data-move-file />
        </label>
        <label class="button">
          从密钥二维码照片识别
          <input type="file" accept="image/*" class="visually-hidden" onChange={onFile} />
        </label>
      </div>
      <label class="field">
        <span>或粘贴另一台电脑的出卷密钥（以 WYKEY. 开头）</span>
        <textarea rows={2} value={paste} onInput={(e) => setPaste((e.target as HTMLTextAreaElement).value)} />
      </label>
      <button type="button" class="button" disabled={!paste.trim()} onClick={takeKey}>
        搬来这个密钥
      </button>
      <div role="status" aria-live="polite">
        {said && (
          <p class={said.ok ? '' : 'notice'} data-move-said>
            {said.text}
          </p>
        )}
      </div>
    </section>
  );
}
