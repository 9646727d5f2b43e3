/**
 * Builder for trainers: pick banks, tags, count, time and pass mark (or start from a preset),
 * and get a link + QR code that opens the exam on a trainee's phone.
 */
import '../styles/assess.css';
import { useEffect, useState } from 'preact/hooks';
import { eligible } from '../lib/exam/assemble.ts';
import { examLink } from '../lib/exam/link.ts';
import { signSpec } from '../lib/exam/signature.ts';
import { encodeSpec, type ExamSpec } from '../lib/exam/spec.ts';
import { ownSigningKey } from '../stores/console.ts';
import { loadPool } from './exam/bankLoader.ts';
import { QrImage } from './exam/QrImage.tsx';

interface Props {
  banks: { id: string; title: string; count: number }[];
  roles: { id: string; title: string }[];
  presets: ExamSpec[];
}

const newSeed = () => `${new Date().toISOString().slice(0, 10)}-${Math.random().toString(36).slice(2, 6)}`;

export default function ExamBuilder({ banks, roles, presets }: Props) {
  const [spec, setSpec] = useState<ExamSpec>(() => ({ ...presets[0], seed: newSeed() }));
  const [available, setAvailable] = useState<number | null>(null);
  const [link, setLink] = useState('');
  const set = <K extends keyof ExamSpec>(k: K, v: ExamSpec[K]) => {
    setSpec((s) => ({ ...s, [k]: v }));
    setLink('');
  };

  useEffect(() => {
    let live = true;
    setAvailable(null);
    loadPool(spec.banks)
      .then((pool) => live && setAvailable(eligible(spec, pool).length))
      .catch(() => live && setAvailable(0));
    return () => {
      live = false;
    };
  }, [spec.banks.join(), spec.tags.join()]);

  const toggle = (list: string[], v: string) => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);
  const valid = spec.title.trim() && spec.banks.length > 0 && available !== null && available >= spec.count;
  // Every link made here is signed with this browser's key: the console on this computer accepts
  // its results, and nobody can lower the pass mark in a copy of the link.
  const make = async (e: Event) => {
    e.preventDefault();
    if (!valid) return;
    const id = spec.id.startsWith('custom-') || !presets.some((p) => p.id === spec.id && p.title === spec.title) ? `custom-${spec.seed}` : spec.id;
    const final = { ...spec, id, title: spec.title.trim() };
    setLink(examLink(location.origin, encodeSpec(final), await signSpec(final, ownSigningKey())));
  };

  return (
    <form class="builder" onSubmit={make}>
      <label class="field">
        <span>从预设开始</span>
        <select
          onChange={(e) => {
            const p = presets.find((x) => x.id === (e.target as HTMLSelectElement).value);
            if (p) {
              setSpec({ ...p, seed: newSeed() });
              setLink('');
            }
          }}
        >
          {presets.map((p) => (
            <option key={p.id} value={p.id}>{p.title}</option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>考试名称</span>
        <input type="text" required maxLength={80} value={spec.title} onInput={(e) => set('title', (e.target as HTMLInputElement).value)} />
      </label>
      <label class="field">
        <span>岗位</span>
        <select value={spec.role ?? ''} onChange={(e) => set('role', (e.target as HTMLSelectElement).value || undefined)}>
          <option value="">（不限）</option>
          {roles.map((r) => (
            <option key={r.id} value={r.id}>{r.title}</option>
          ))}
        </select>
      </label>
      <fieldset class="checks">
        <legend>题库</legend>
        {banks.map((b) => (
          <label key={b.id} class="option">
            <input type="checkbox" checked={spec.banks.includes(b.id)} onChange={() => set('banks', toggle(spec.banks, b.id))} />
            <span>{b.title}（{b.count} 题）</span>
          </label>
        ))}
      </fieldset>
      <fieldset class="checks">
        <legend>只抽带这些岗位标签的题（不选则不限）</legend>
        {roles.map((r) => (
          <label key={r.id} class="option">
            <input type="checkbox" checked={spec.tags.includes(r.id)} onChange={() => set('tags', toggle(spec.tags, r.id))} />
            <span>{r.title}</span>
          </label>
        ))}
      </fieldset>
      <p role="status" class="muted">{available === null ? '正在统计可抽的题…' : `符合条件的题共 ${available} 道`}</p>
      <div class="grid3">
        <label class="field">
          <span>题数</span>
          <input type="number" min={1} max={200} required value={spec.count} onInput={(e) => set('count', Number((e.target as HTMLInputElement).value) || 1)} />
        </label>
        <label class="field">
          <span>时长（分钟）</span>
          <input type="number" min={1} max={300} required value={spec.minutes} onInput={(e) => set('minutes', Number((e.target as HTMLInputElement).value) || 1)} />
        </label>
        <label class="field">
          <span>及格分</span>
          <input type="number" min={0} max={100} required value={spec.pass} onInput={(e) => set('pass', Number((e.target as HTMLInputElement).value))} />
        </label>
      </div>
      <label class="option">
        <input type="checkbox" checked={spec.shuffle} onChange={(e) => set('shuffle', (e.target as HTMLInputElement).checked)} />
        <span>每人题目顺序不同（题目相同，只打乱顺序）</span>
      </label>
      <label class="field">
        <span>抽题编号（同一编号抽到的题相同；换一个就换一套题）</span>
        <input type="text" maxLength={40} required value={spec.seed} onInput={(e) => set('seed', (e.target as HTMLInputElement).value)} />
      </label>
      {available !== null && available < spec.count && <p role="alert" class="notice">题数超过了可抽的题（{available} 道）：请减少题数或多选题库。</p>}
      <button type="submit" class="button primary big" disabled={!valid}>生成考试链接</button>
      {link && (
        <section class="exam-link" aria-labelledby="link-h">
          <h2 id="link-h">把这个发给考生</h2>
          <QrImage text={link} label="考试二维码" />
          <label class="field">
            <span>考试链接</span>
            <input type="text" readOnly value={link} data-exam-link onFocus={(e) => (e.target as HTMLInputElement).select()} />
          </label>
          <div class="actions">
            <button type="button" class="button" onClick={() => navigator.clipboard?.writeText(link)}>复制链接</button>
            <a class="button" href={link} target="_blank" rel="noopener">自己先试一遍</a>
            <a class="button" href="/assess/console/">打开考核台收成绩</a>
          </div>
        </section>
      )}
    </form>
  );
}
