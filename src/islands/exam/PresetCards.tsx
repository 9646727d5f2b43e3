/**
 * The published exams for each post, as cards. A card's main action makes the link and QR code for
 * that exam (it fills the builder too, to adjust); taking it yourself is the secondary link.
 */
import { examLink } from '../../lib/exam/link.ts';
import { encodeSpec, type ExamSpec } from '../../lib/exam/spec.ts';

interface Props {
  presets: ExamSpec[];
  roles: Record<string, string>;
  onUse: (p: ExamSpec) => void;
}

export function PresetCards({ presets, roles, onUse }: Props) {
  return (
    <ul class="card-grid preset-cards">
      {presets.map((p) => (
        <li key={p.id}>
          <div class="card-box preset" data-preset={p.id}>
            <strong>{p.title}</strong>
            <span class="muted">
              {p.role && roles[p.role] ? `${roles[p.role]} · ` : ''}
              {p.count} 题 · {p.minutes} 分钟 · {p.pass} 分及格
            </span>
            <span class="preset-actions">
              <button type="button" class="button" onClick={() => onUse(p)} aria-label={`出这套卷：${p.title}`}>
                出这套卷
              </button>
              <a href={examLink('', encodeSpec(p))} data-preset-try aria-label={`自己先试一遍：${p.title}`}>
                自己先试一遍
              </a>
            </span>
          </div>
        </li>
      ))}
    </ul>
  );
}
