/** One checklist round as a picture (see transfer/textImage.ts): every item with its result, note and 整改措施. */
import { periodText, resultOf, tally, type Cadence } from '../../lib/checklist.ts';
import { RESULT_LABEL } from '../../lib/labels.ts';
import type { ChecklistRun } from '../../lib/storage/checklists-schema.ts';
import { getPhoto } from '../photos/photoDb.ts';
import { textImage, type ImageTile, type TextLine } from '../transfer/textImage.ts';
import type { Item } from './CheckItem.tsx';

export async function runImage(title: string, cadence: Cadence, items: Item[], run: Pick<ChecklistRun, 'period' | 'ticks'> & Partial<ChecklistRun>): Promise<string> {
  const t = tally(
    run.ticks,
    items.map((i) => i.id),
  );
  const out: TextLine[] = [
    { text: title, size: 44, bold: true, color: '#111' },
    { text: `周期：${periodText(cadence, run.period) || run.period}${run.savedAt ? `；保存于 ${new Date(run.savedAt).toLocaleString('zh-CN', { hour12: false })}` : '（还没保存）'}` },
    { text: `执行人：${run.by || '—'}　主管签字：${run.signoff ? `${run.signoff.name} ${run.signoff.date}` : '—'}` },
    { text: `${RESULT_LABEL.pass} ${t.pass} · ${RESULT_LABEL.fail} ${t.fail} · ${RESULT_LABEL.na} ${t.na} · 未检查 ${t.open}`, bold: true, gap: 8 },
  ];
  items.forEach((it, i) => {
    const tk = run.ticks[it.id];
    const r = resultOf(tk);
    out.push({ text: `${i + 1}. 【${r ? RESULT_LABEL[r] : '未检查'}】${it.text}`, color: r === 'fail' ? '#b00020' : '#222', gap: 10 });
    if (tk?.note) out.push({ text: `    备注：${tk.note}`, color: '#444' });
    if (tk?.action) out.push({ text: `    整改措施：${tk.action}`, color: '#444' });
  });
  const tiles: ImageTile[] = [];
  for (const [i, it] of items.entries())
    for (const id of run.ticks[it.id]?.photos ?? []) {
      const r = await getPhoto(id);
      const image = r.ok && r.value ? await createImageBitmap(r.value.blob).catch(() => undefined) : undefined;
      if (image) tiles.push({ image, caption: `第 ${i + 1} 项：${it.text.slice(0, 16)}` });
    }
  if (tiles.length) out.push({ text: '照片', size: 34, bold: true, gap: 18 });
  return textImage(out, tiles);
}
