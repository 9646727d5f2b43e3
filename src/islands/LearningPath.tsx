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
  return (
    <div class="learning-path">
      <Notices />
      <p>
        <strong>完成 {r.percent}%</strong>
        <progress max={100} value={r.percent} aria-label={`${title}学习路径完成 ${r.percent}%`} />
      </p>
      <ol class="path">
        {r.items.map((it) => (
          <li key={it.kind + it.ref} class={it.done ? 'done' : ''}>
            <span class="tag">{KIND[it.kind]}</span>
            <a href={it.href}>{it.label}</a> <span class="muted">{it.done ? '✓ ' : ''}{it.detail}</span>
            {it.kind === 'read' && (
              <button type="button" class="link" aria-pressed={it.done} onClick={() => toggleRead(it.ref, !it.done)}>
                {it.done ? '标为未读' : '我读完了'}
              </button>
            )}
          </li>
        ))}
      </ol>
      {s.role !== role ? (
        <button type="button" class="button" onClick={() => settings.update((x) => ({ ...x, role }))}>设为我的岗位</button>
      ) : (
        <p class="muted">这是你的岗位：首页会显示「继续学习」。</p>
      )}
    </div>
  );
}
