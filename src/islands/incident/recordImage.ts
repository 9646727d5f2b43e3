/** The record sheet as a picture (see transfer/textImage.ts): the same rows and wording as the printed sheet. */
import { answeredFields, conditionText, durationText, statusText, writtenParts, type RecordRow } from '../../lib/incident/record.ts';
import { dateTime } from '../../lib/incident/dates.ts';
import { personText } from '../../lib/incident/text.ts';
import { hhmm, elapsedText } from '../../lib/incident/time.ts';
import type { Incident } from '../../lib/storage/incidents-schema.ts';
import { getPhoto } from '../photos/photoDb.ts';
import { textImage, type ImageTile, type TextLine } from '../transfer/textImage.ts';

/** The run's photos as tiles; one that is not on this phone (or cannot be read) is left out. */
async function photoTiles(inc: Incident): Promise<ImageTile[]> {
  const tiles: ImageTile[] = [];
  for (const [i, p] of (inc.photos ?? []).entries()) {
    const r = await getPhoto(p.id);
    if (!r.ok || !r.value) continue;
    const image = await createImageBitmap(r.value.blob).catch(() => undefined);
    const n = inc.steps.findIndex((s) => s.id === p.step) + 1;
    if (image) tiles.push({ image, caption: `照片 ${i + 1}：${n ? `第 ${n} 步` : '现场'}，${hhmm(p.at)}` });
  }
  return tiles;
}

export async function recordImage(inc: Incident, rows: RecordRow[]): Promise<string> {
  const out: TextLine[] = [];
  const head = (text: string) => out.push({ text, size: 34, bold: true, color: '#111', gap: 18 });
  const line = (text: string, color?: string) => out.push({ text, color });
  out.push({ text: '紧急事件处理记录表', size: 44, bold: true, color: '#111' });
  line(`事件：${inc.title}`);
  line(`项目：${inc.project}`);
  line(`接报：${dateTime(inc.reportedAt)}；${durationText(inc)}`);
  head('处置过程（时间从接报算起）');
  for (const r of rows) {
    const when = r.doneAt === undefined ? '' : `${hhmm(r.doneAt)}（接报后 ${elapsedText(r.after ?? 0)}） `;
    line(`${r.index}. ${when}${statusText(r)}`, r.status === 'late' || r.status === 'missed' ? '#b00020' : '#1a5e20');
    line(`    ${r.step.action}（${r.step.role}）`, '#333');
    const cond = conditionText(r);
    if (cond) line(`    ${cond}`, '#555');
  }
  if (inc.calls.length || inc.callsDropped) {
    head('电话');
    if (inc.callsDropped) line(`更早的 ${inc.callsDropped} 次通话未保留`);
    for (const c of inc.calls) line(`${hhmm(c.at)} ${c.label} ${c.phone}`);
  }
  if (inc.people.length) {
    head('有关人员');
    for (const p of inc.people) line(personText(p));
  }
  const fields = answeredFields(inc);
  if (fields.length) {
    head('记录要点');
    fields.forEach((f) => line(f));
  }
  for (const [label, text] of writtenParts(inc)) {
    head(label);
    line(text);
  }
  const tiles = await photoTiles(inc);
  if (tiles.length) head('现场照片');
  return textImage(out, tiles);
}
