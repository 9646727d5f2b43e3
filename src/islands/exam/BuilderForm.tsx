/** 自己出一套: banks, tags, count, time, pass mark, order and draw number. */
import type { ExamSpec } from '../../lib/exam/spec.ts';

interface Props {
  spec: ExamSpec;
  set: <K extends keyof ExamSpec>(k: K, v: ExamSpec[K]) => void;
  /** a post sets its banks and tags too */
  setRole: (role: string | undefined) => void;
  banks: { id: string; title: string; count: number }[];
  roles: { id: string; title: string }[];
  /** eligible questions for the chosen banks and tags; null while counting */
  available: number | null;
  valid: boolean;
  onSubmit: (e: Event) => void;
}

const toggle = (list: string[], v: string) => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);
/** 「秩序维护员（门岗、巡逻…）」 said as 「秩序维护员」 */
export const shortTitle = (t: string) => t.replace(/（[^）]*）$/, '');
const num = (e: Event) => Number((e.target as HTMLInputElement).value);

export function BuilderForm({ spec, set, setRole, banks, roles, available, valid, onSubmit }: Props) {
  const bankTitle = Object.fromEntries(banks.map((b) => [b.id, b.title]));
  const roleTitle = Object.fromEntries(roles.map((r) => [r.id, shortTitle(r.title)]));
  return (
    <form class="builder" onSubmit={onSubmit}>
      <div class="builder-row">
        <label class="field">
          <span>岗位（选了就带出这个岗位的题库和标签）</span>
          <select value={spec.role ?? ''} onChange={(e) => setRole((e.target as HTMLSelectElement).value || undefined)}>
            <option value="">（不限，自己选题库）</option>
            {roles.map((r) => (
              <option key={r.id} value={r.id}>
                {r.title}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>考试名称</span>
          <input type="text" required maxLength={80} value={spec.title} onInput={(e) => set('title', (e.target as HTMLInputElement).value)} />
        </label>
      </div>
      <fieldset class="checks columns">
        <legend>题库</legend>
        {banks.map((b) => (
          <label key={b.id} class="option">
            <input type="checkbox" checked={spec.banks.includes(b.id)} onChange={() => set('banks', toggle(spec.banks, b.id))} />
            <span>
              {b.title}（{b.count} 题）
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset class="checks columns">
        <legend>只抽带这些岗位标签的题（不选则不限）</legend>
        {roles.map((r) => (
          <label key={r.id} class="option">
            <input type="checkbox" checked={spec.tags.includes(r.id)} onChange={() => set('tags', toggle(spec.tags, r.id))} />
            <span>{r.title}</span>
          </label>
        ))}
      </fieldset>
      <p role="status" class="draw-summary" data-draw-summary>
        {!spec.banks.length
          ? '还没有选题库：先选岗位，或在上面勾选题库。'
          : `这套卷从 ${spec.banks.length} 个题库抽题：${spec.banks.map((id) => bankTitle[id] ?? id).join('、')}；${spec.tags.length ? `只抽标了${spec.tags.map((t) => `「${roleTitle[t] ?? t}」`).join('')}的题` : '不限岗位标签'}；${available === null ? '正在统计可抽的题…' : `符合条件的题共 ${available} 道，抽 ${spec.count} 道`}。`}
      </p>
      <div class="grid3">
        <label class="field">
          <span>题数</span>
          <input type="number" inputMode="numeric" min={1} max={200} required value={spec.count} onInput={(e) => set('count', num(e) || 1)} />
        </label>
        <label class="field">
          <span>时长（分钟）</span>
          <input type="number" inputMode="numeric" min={1} max={300} required value={spec.minutes} onInput={(e) => set('minutes', num(e) || 1)} />
        </label>
        <label class="field">
          <span>及格分</span>
          <input type="number" inputMode="numeric" min={0} max={100} required value={spec.pass} onInput={(e) => set('pass', num(e))} />
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
      {spec.banks.length > 0 && available !== null && available < spec.count && (
        <p role="alert" class="notice">
          题数超过了可抽的题（{available} 道）：请减少题数或多选题库。
        </p>
      )}
      <button type="submit" class="button primary big" disabled={!valid}>
        生成考试链接
      </button>
    </form>
  );
}
