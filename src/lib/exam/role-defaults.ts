/**
 * What 「自己出一套」 draws from when the trainer picks a post: that post's published exam's banks
 * and role tags (the trainer can still tick more or fewer). A post without a published exam keeps
 * the banks already ticked and draws only questions tagged for it.
 */
import type { ExamSpec } from './spec.ts';

export function roleDefaults(role: string | undefined, presets: ExamSpec[], current: Pick<ExamSpec, 'banks' | 'tags'>): Pick<ExamSpec, 'banks' | 'tags'> {
  if (!role) return { banks: current.banks, tags: [] };
  const preset = presets.find((p) => p.role === role);
  return preset ? { banks: [...preset.banks], tags: [...preset.tags] } : { banks: current.banks, tags: [role] };
}

/** A blank exam of the trainer's own: nothing drawn until a post or banks are chosen. */
export const blankSpec = (seed: string): ExamSpec => ({ id: `custom-${seed}`, title: '', banks: [], tags: [], count: 20, minutes: 30, pass: 80, seed, shuffle: false });
