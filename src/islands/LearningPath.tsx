/** The onboarding path on a role page, with what this person has already done. */
import '../styles/training.css';
import { PATH_KIND_LABEL } from '../lib/labels.ts';
import { pathStatus, type PathItem } from '../lib/path.ts';
import { progress } from '../stores/progress.ts';
import { settings } from '../stores/settings.ts';
import { usePathState } from './usePathState.ts';
import { Notices } from './Notices.tsx';
import { useStored } from './useStored.ts';

const KIND = PATH_KIND_LABEL;

export default function LearningPath({ role, title, items, deck }: { role: string; title: string; items: PathItem[]; deck: string[] }) {
  const state = usePathState();
  const s = useStored(settings.$store, settings.initial);
  const r = pathStatus(items, state, { [role]: deck });
  const toggleRead = (ref: string, read: boolean) =>
    progress.update((p) => {
      const reads = { ...p.reads };
      if (read) reads[ref] = Date.now();
      else delete reads[ref];
      return { ...p, reads };
    });
  const mine = s.role === role;
  return (
    <div class="learning-path">
      <Notices />
      {mine ? (
        <p class="notice ok">这是你的岗位，首页会带你回到这里继续学。</p>
      ) : (
        <p class="actions">
          <button type="button" class="button primary" onClick={() => settings.update((x) => ({ ...x, role }))}>
            设为我的岗位
          </button>
          <span class="muted">设好以后，首页直接带你回到这条学习路径。</span>
        </p>
      )}
      <div class="path-progress">
        <strong>完成 {r.percent}%</strong>
        <progress max={100} value={r.percent} aria-label={`${title}学习路径完成 ${r.percent}%`} />
      </div>
      {r.next && (
        <p class="path-next">
          下一步：
          <a class="button primary" href={r.next.href}>
            {KIND[r.next.kind]}：{r.next.label}
          </a>
        </p>
      )}
      <ol class="path">
        {r.items.map((it) => (
          <li key={it.kind + it.ref} class={it.done ? 'done' : ''}>
            <span class="tag">{KIND[it.kind]}</span>
            <a href={it.href}>{it.label}</a>{' '}
            <span class="muted nowrap">
              {it.done ? '✓ ' : ''}
              {it.detail}
            </span>
            {it.kind === 'read' && (
              <button type="button" class="link nowrap" aria-pressed={it.done} onClick={() => toggleRead(it.ref, !it.done)}>
                {it.done ? '标为未读' : '我读完了'}
              </button>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
