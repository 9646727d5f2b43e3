/**
 * 出卷 for trainers: the published exam of each post as a card (one press makes its link and QR
 * code), or an exam of their own — banks, tags, count, time and pass mark. Every link made here
 * is signed with this browser's key (see lib/exam/signature.ts).
 */
import '../styles/assess.css';
import { useEffect, useState } from 'preact/hooks';
import { eligible } from '../lib/exam/assemble.ts';
import { blankSpec, roleDefaults } from '../lib/exam/role-defaults.ts';
import { examLink } from '../lib/exam/link.ts';
import { signSpec } from '../lib/exam/signature.ts';
import { encodeSpec, type ExamSpec } from '../lib/exam/spec.ts';
import { ownSigningKey } from '../stores/console.ts';
import { loadPool } from './exam/bankLoader.ts';
import { BuilderForm, shortTitle } from './exam/BuilderForm.tsx';
import { LinkPanel } from './exam/LinkPanel.tsx';
import { PresetCards } from './exam/PresetCards.tsx';
import { Notices } from './Notices.tsx';

interface Props {
  banks: { id: string; title: string; count: number }[];
  roles: { id: string; title: string }[];
  presets: ExamSpec[];
}

const newSeed = () => `${new Date().toISOString().slice(0, 10)}-${Math.random().toString(36).slice(2, 6)}`;

export default function ExamBuilder({ banks, roles, presets }: Props) {
  // Blank until the trainer picks a post or banks: a pre-filled preset went out as "their own" exam.
  // no seed in the built page (it would differ every build and make phones fetch the page again);
  // the trainer's browser draws one as the form comes alive
  const [spec, setSpec] = useState<ExamSpec>(() => blankSpec(typeof window === 'undefined' ? '' : newSeed()));
  const [available, setAvailable] = useState<number | null>(null);
  const [made, setMade] = useState<{ link: string; spec: ExamSpec } | null>(null);
  const set = <K extends keyof ExamSpec>(k: K, v: ExamSpec[K]) => {
    setSpec((s) => ({ ...s, [k]: v }));
    setMade(null);
  };
  const roleTitles = Object.fromEntries(roles.map((r) => [r.id, r.title]));
  // A post brings its own banks and tags, and a title while the trainer has not written one.
  const setRole = (role: string | undefined) => {
    setSpec((s) => {
      const auto = !s.title.trim() || roles.some((r) => s.title === `${shortTitle(r.title)}考核`);
      return { ...s, role, ...roleDefaults(role, presets, s), title: auto ? (role ? `${shortTitle(roleTitles[role])}考核` : '') : s.title };
    });
    setMade(null);
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

  const valid = !!spec.title.trim() && spec.banks.length > 0 && available !== null && available >= spec.count;
  // Signed with this browser's key: the console on this computer accepts its results, and nobody
  // can lower the pass mark in a copy of the link. A preset left as published keeps its own id.
  const makeLink = async (s: ExamSpec) => {
    const id = s.id.startsWith('custom-') || !presets.some((p) => p.id === s.id && p.title === s.title) ? `custom-${s.seed}` : s.id;
    const final = { ...s, id, title: s.title.trim() };
    setMade({ link: examLink(location.origin, encodeSpec(final), await signSpec(final, ownSigningKey())), spec: final });
  };
  const make = (e: Event) => {
    e.preventDefault();
    if (valid) void makeLink(spec);
  };
  // A card: the builder takes the published exam as it is, and its link is made at once.
  const usePreset = (p: ExamSpec) => {
    setSpec({ ...p });
    void makeLink(p);
  };
  return (
    <div class="exam-builder">
      {/* the signing key is read when a link is made: a damaged key store is said here, not only on the console */}
      <Notices />
      <section class="section-block" aria-labelledby="presets-h">
        <h2 id="presets-h">各岗位上岗考核</h2>
        <p class="hint">「出这套卷」马上生成这套考试的链接和二维码；要改题数、时间或及格分，它也已经填进下面「自己出一套」，改好再生成。</p>
        <PresetCards presets={presets} roles={roleTitles} onUse={usePreset} />
      </section>
      <section class="section-block" aria-labelledby="builder-h">
        <h2 id="builder-h">自己出一套</h2>
        <BuilderForm spec={spec} set={set} setRole={setRole} banks={banks} roles={roles} available={available} valid={valid} onSubmit={make} />
      </section>
      {made && <LinkPanel link={made.link} title={made.spec.title} count={made.spec.count} minutes={made.spec.minutes} pass={made.spec.pass} />}
    </div>
  );
}
