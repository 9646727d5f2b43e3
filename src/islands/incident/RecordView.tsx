/**
 * A finished run: complete 原因 / 采取的措施 / 后续跟进 and the plan's record fields, then print the
 * sheet on one A4 page, save it as a file or share it as text. The debrief sits below.
 */
import '../../styles/transfer.css';
import { useState } from 'preact/hooks';
import { recordRows, recordText } from '../../lib/incident/record.ts';
import * as fields from '../../lib/incident/fields.ts';
import { MAX, type Incident } from '../../lib/storage/incidents-schema.ts';
import { dateTime } from '../../lib/incident/dates.ts';
import { PrintButton } from '../fallback/PrintButton.tsx';
import { SaveFile } from '../fallback/SaveFile.tsx';
import { Debrief } from './Debrief.tsx';
import type { Apply } from './apply.ts';
import { RecordSheet } from './RecordSheet.tsx';
import { shareText } from './share.ts';
import { recordImage } from './recordImage.ts';
import { TransferButton } from '../transfer/TransferButton.tsx';
import { PhotoList } from '../photos/PhotoList.tsx';
import * as run from '../../lib/incident/run.ts';
import { MAX_PHOTOS } from '../../lib/storage/incidents-schema.ts';

const TEXTS: [fields.TextField, string][] = [
  ['cause', '原因'],
  ['measures', '采取的措施'],
  ['followUp', '后续跟进'],
  ['note', '现场记录'],
];
const SAID = { shared: '已分享。', copied: '记录已复制，可以粘贴到工作群或微信里。', cancelled: '没有分享。', failed: '' };

export function RecordView({ inc, apply }: { inc: Incident; apply: Apply }) {
  const [message, setMessage] = useState('');
  const [manual, setManual] = useState('');
  const [picture, setPicture] = useState('');
  const rows = recordRows(inc);
  const title = `紧急事件处理记录表：${inc.title}`;
  const share = async () => {
    const text = recordText(inc);
    const r = await shareText(title, text);
    setManual(r === 'failed' ? text : '');
    setMessage(r === 'failed' ? '这个浏览器不能自动复制：请长按下面的文字，全选后复制。' : SAID[r]);
  };

  return (
    <div class="run-record">
      <section class="no-print" aria-labelledby="record-form-h">
        <h2 id="record-form-h">补全记录</h2>
        {inc.fields.map((f, i) => (
          <label class="field" key={i}>
            <span>{f}</span>
            <input type="text" maxLength={MAX.answer} value={inc.answers[i] ?? ''} onInput={(e) => apply((x, t) => fields.setAnswer(x, i, (e.target as HTMLInputElement).value, t))} />
          </label>
        ))}
        <h3>现场照片</h3>
        <PhotoList
          ids={(inc.photos ?? []).map((p) => p.id)}
          label="现场"
          full={(inc.photos?.length ?? 0) >= MAX_PHOTOS}
          onAdd={(pid, at) => apply((i, n) => run.addPhoto(i, { id: pid, at }, n))}
          onRemove={(pid) => apply((i, n) => run.removePhoto(i, pid, n))}
        />
        {TEXTS.map(([key, label]) => (
          <label class="field" key={key}>
            <span>{label}</span>
            <textarea rows={3} maxLength={key === 'note' ? MAX.note : MAX.text} value={inc[key]} onInput={(e) => apply((x, t) => fields.setText(x, key, (e.target as HTMLTextAreaElement).value, t))} />
          </label>
        ))}
      </section>
      <RecordSheet inc={inc} rows={rows} />
      <p class="notice no-print">记录里可能有住户的姓名和电话：只有你分享、保存或导出时才会离开这台手机。</p>
      <p class="no-print" role="status" aria-live="polite" data-share-status>
        {message}
      </p>
      {manual && (
        <label class="field no-print">
          <span>记录全文</span>
          <textarea readOnly rows={8} value={manual} />
        </label>
      )}
      <section class="no-print" aria-labelledby="record-out-h">
        <h2 id="record-out-h">带走这份记录</h2>
        <button
          type="button"
          class="button"
          onClick={() => {
            recordImage(inc, rows).then(setPicture, (e: unknown) => setMessage(e instanceof Error ? e.message : '没能生成图片'));
          }}
        >
          {picture ? '重新生成记录图片' : '生成记录图片（可长按保存、转发）'}
        </button>
        {picture && (
          <figure class="record-picture">
            <img src={picture} alt={`紧急事件处理记录表：${inc.title}，接报 ${dateTime(inc.reportedAt)}`} data-record-picture />
            <figcaption>长按图片保存到相册，或转发到工作群。</figcaption>
          </figure>
        )}
        <TransferButton lean version={inc.updatedAt} data={() => ({ incidents: { [inc.id]: inc } })} what="这条处置记录" />
      </section>
      <Debrief plan={inc.plan} rows={rows} />
      <button type="button" class="button no-print" onClick={() => apply(fields.reopen)}>
        重新打开处置
      </button>
      <div class="run-bar no-print">
        <div class="bar-row three">
          <button type="button" class="button primary" onClick={share}>
            分享
          </button>
          <PrintButton instead="可以用「分享」把记录发到工作群，或截图保存。" />
          <SaveFile
            name={`紧急事件处理记录-${inc.title}-${dateTime(inc.reportedAt).replace(/[-: ]/g, '')}.txt`}
            text={() => recordText(inc, true)}
            type="text/plain;charset=utf-8"
            label="保存为文件"
          />
        </div>
      </div>
    </div>
  );
}
