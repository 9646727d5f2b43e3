/**
 * The record sheet drawn as a picture, for browsers that cannot print or save files (WeChat's
 * among them): long-press to save it or forward it to the work group. Same rows and wording as
 * the printed sheet.
 */
import { conditionText, durationText, statusText, type RecordRow } from '../../lib/incident/record.ts';
import { dateTime } from '../../lib/incident/dates.ts';
import { hhmm, span } from '../../lib/incident/time.ts';
import type { Incident } from '../../lib/storage/incidents-schema.ts';
import { personText } from '../../lib/incident/text.ts';

const W = 1080;
const PAD = 48;

/** Chinese text broken into lines that fit `width` (any character may end a line). */
function wrap(g: CanvasRenderingContext2D, text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const ch of text) {
    if (g.measureText(line + ch).width > width && line) {
      out.push(line);
      line = ch;
    } else line += ch;
  }
  if (line) out.push(line);
  return out;
}

interface Block {
  font: string;
  color: string;
  text: string;
  gap?: number;
}

function blocks(inc: Incident, rows: RecordRow[]): Block[] {
  const b: Block[] = [];
  const head = (text: string) => b.push({ font: 'bold 34px sans-serif', color: '#111', text, gap: 18 });
  const line = (text: string, color = '#222') => b.push({ font: '28px sans-serif', color, text });
  b.push({ font: 'bold 44px sans-serif', color: '#111', text: '紧急事件处理记录表' });
  line(`事件：${inc.title}`);
  line(`项目：${inc.project}`);
  line(`接报：${dateTime(inc.reportedAt)}；${durationText(inc)}`);
  head('处置过程（时间从接报算起）');
  for (const r of rows) {
    const when = r.doneAt === undefined ? '' : `${hhmm(r.doneAt)}（接报后 ${span(r.after ?? 0)}）`;
    const late = r.status === 'late' || r.status === 'missed';
    line(`${r.index}. ${when ? `${when} ` : ''}${statusText(r)}`, late ? '#b00020' : '#1a5e20');
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
  const fields = inc.fields.flatMap((f, i) => (inc.answers[i]?.trim() ? [`${f}：${inc.answers[i].trim()}`] : []));
  if (fields.length) {
    head('记录要点');
    fields.forEach((f) => line(f));
  }
  for (const [label, value] of [['原因', inc.cause], ['采取的措施', inc.measures], ['后续跟进', inc.followUp], ['现场记录', inc.note]] as const)
    if (value.trim()) {
      head(label);
      line(value.trim());
    }
  return b;
}

export function recordImage(inc: Incident, rows: RecordRow[]): string {
  const c = document.createElement('canvas');
  const g = c.getContext('2d');
  if (!g) throw new Error('这个浏览器不能生成图片');
  // measure first (the height depends on how the text wraps), then draw
  const laid: { font: string; color: string; y: number; text: string }[] = [];
  let y = PAD;
  for (const b of blocks(inc, rows)) {
    g.font = b.font;
    const size = Number(/(\d+)px/.exec(b.font)?.[1] ?? 28);
    y += b.gap ?? 0;
    for (const l of wrap(g, b.text, W - 2 * PAD)) {
      y += size * 1.4;
      laid.push({ font: b.font, color: b.color, y, text: l });
    }
  }
  c.width = W;
  c.height = Math.min(16000, Math.ceil(y + PAD));
  g.fillStyle = '#fff';
  g.fillRect(0, 0, c.width, c.height);
  for (const l of laid) {
    g.font = l.font;
    g.fillStyle = l.color;
    g.fillText(l.text, PAD, l.y);
  }
  return c.toDataURL('image/png');
}
