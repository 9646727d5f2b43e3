/**
 * 同事的出卷密钥: this console's own key to hand to a colleague, and the colleagues' keys it
 * trusts, each with whose it is. Trusting a key is its own act here, never a side effect of
 * pasting results.
 */
import { useState } from 'preact/hooks';
import { keyLine, trustKeys, untrustKey, type TrustResult } from '../../lib/exam/keys.ts';
import { ownSigningKey, trainer } from '../../stores/console.ts';
import { CopyText } from '../fallback/CopyText.tsx';
import { useStored } from '../useStored.ts';

const day = (ms: number) => new Date(ms).toLocaleDateString('zh-CN');

export function TrustedKeys() {
  const data = useStored(trainer.$store, trainer.initial);
  const [text, setText] = useState('');
  const [owner, setOwner] = useState('');
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null);
  const [showOwn, setShowOwn] = useState(false);
  const colleagues = data.keys.slice(1);

  const trust = () => {
    ownSigningKey();
    let r!: TrustResult;
    trainer.update((cur) => (r = trustKeys(cur, text, owner, Date.now())).data);
    const parts = [r.added ? `已信任 ${r.added} 个「${owner.trim()}」的出卷密钥` : '', r.known ? `${r.known} 个原来就信任` : '', r.refused ?? ''].filter(Boolean);
    setSaid({ ok: !r.refused, text: parts.join('；') });
    if (r.added && !r.refused) {
      setText('');
      setOwner('');
    }
  };

  return (
    <section aria-label="同事的出卷密钥" class="trusted-keys">
      <p class="hint">同事在他的电脑上出的卷，要先信任他的出卷密钥，才能在这里计分。只导入你认识的人当面或在工作群里交给你的密钥；随结果码一起粘贴的密钥不会被导入。</p>
      {colleagues.length > 0 && (
        <ul class="key-list" data-trusted-keys>
          {colleagues.map((k) => (
            <li key={k}>
              <span>
                <strong>{data.owners[k]?.name ?? '来源未写明（以前随结果导入的）'}</strong>
                {data.owners[k] ? <span class="muted">（{day(data.owners[k].at)} 信任）</span> : null}
              </span>
              <button type="button" class="link" onClick={() => trainer.update((cur) => untrustKey(cur, k))} aria-label={`不再信任${data.owners[k]?.name ?? '这个'}的出卷密钥`}>
                不再信任
              </button>
            </li>
          ))}
        </ul>
      )}
      <label class="field">
        <span>同事的出卷密钥（以 WYKEY. 开头）</span>
        <textarea rows={2} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
      </label>
      <label class="field">
        <span>这是谁的密钥</span>
        <input type="text" maxLength={40} value={owner} onInput={(e) => setOwner((e.target as HTMLInputElement).value)} placeholder="如：李培训师（示例花园）" />
      </label>
      <div class="actions">
        <button type="button" class="button" disabled={!text.trim()} onClick={trust}>
          信任这个密钥
        </button>
        <button type="button" class="button" aria-expanded={showOwn} onClick={() => setShowOwn((v) => !v)}>
          {showOwn ? '收起本机的出卷密钥' : '给同事本机的出卷密钥'}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {said && <p class={said.ok ? '' : 'notice'}>{said.text}</p>}
      </div>
      {showOwn && <CopyText label="本机的出卷密钥：交给要收你出的卷的同事（别贴进工作群以外的地方）" text={keyLine(ownSigningKey())} />}
    </section>
  );
}
