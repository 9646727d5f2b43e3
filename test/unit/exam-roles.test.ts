import { describe, expect, it } from 'vitest';
import { blankSpec, roleDefaults } from '../../src/lib/exam/role-defaults.ts';
import type { ExamSpec } from '../../src/lib/exam/spec.ts';

const preset = (role: string, banks: string[]): ExamSpec => ({ id: `${role}-onboarding`, title: role, banks, tags: [role], count: 30, minutes: 40, pass: 80, seed: '1', shuffle: false, role });
const presets = [preset('steward', ['service', 'etiquette']), preset('security', ['security', 'fire-safety'])];

describe('an exam of the trainer’s own, by post', () => {
  it('starts blank: no banks, no tags, no title', () => {
    const s = blankSpec('2026-12-01-ab12');
    expect(s).toMatchObject({ banks: [], tags: [], title: '' });
    expect(s.id).toBe('custom-2026-12-01-ab12');
  });
  it('a post takes its published exam’s banks and tags, whatever was ticked before', () => {
    expect(roleDefaults('security', presets, { banks: ['service'], tags: ['steward'] })).toEqual({ banks: ['security', 'fire-safety'], tags: ['security'] });
    expect(roleDefaults('steward', presets, { banks: [], tags: [] })).toEqual({ banks: ['service', 'etiquette'], tags: ['steward'] });
  });
  it('a post without a published exam keeps the banks and draws only its own tag; no post draws any tag', () => {
    expect(roleDefaults('greening', presets, { banks: ['service'], tags: ['steward'] })).toEqual({ banks: ['service'], tags: ['greening'] });
    expect(roleDefaults(undefined, presets, { banks: ['service'], tags: ['steward'] })).toEqual({ banks: ['service'], tags: [] });
  });
  it('hands out copies: adjusting the exam never changes the preset', () => {
    const d = roleDefaults('security', presets, { banks: [], tags: [] });
    d.banks.push('x');
    expect(presets[1].banks).toEqual(['security', 'fire-safety']);
  });
});
