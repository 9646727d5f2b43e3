/** 继续学习 on the home page: the next unfinished step of the chosen role's path. */
import { pathStatus } from '../lib/path.ts';
import type { RolePath } from '../data/training.ts';
import { settings } from '../stores/settings.ts';
import { usePathState } from './usePathState.ts';
import { useStored } from './useStored.ts';

export default function ContinueLearning({ paths }: { paths: RolePath[] }) {
  const s = useStored(settings.$store, settings.initial);
  const state = usePathState();
  const path = paths.find((p) => p.role === s.role);
  if (!path) return <p class="muted">在下面选你的岗位，打开后点「设为我的岗位」，这里就会显示你的学习进度。</p>;
  const r = pathStatus(path.items, state, { [path.role]: path.deck });
  return (
    <div class="continue">
      <p>
        {path.title}：已完成 <strong>{r.percent}%</strong>
      </p>
      {r.next ? (
        <a class="button primary" href={r.next.href}>
          继续学习：{r.next.label}
        </a>
      ) : (
        <p>学习路径全部完成。可以请培训主管安排上岗考核。</p>
      )}
    </div>
  );
}
