/**
 * The run while the incident is on: running clock from the report time, the steps as taps, the
 * phones, the people and a note; the next step and 结束处置 sit at the bottom, under the thumb.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { dueAlerts, type AlertLevel } from '../../lib/incident/alerts.ts';
import { openLimits } from '../../lib/incident/limits.ts';
import { shortAction } from '../../lib/incident/text.ts';
import * as run from '../../lib/incident/run.ts';
import { MAX, MAX_PHOTOS, type Incident } from '../../lib/storage/incidents-schema.ts';
import { elapsedClock, hhmm, hhmmss } from '../../lib/incident/time.ts';
import { Icon } from './Icon.tsx';
import { LimitStatus } from './LimitStatus.tsx';
import { People } from './People.tsx';
import { StepItem } from './StepItem.tsx';
import { WithCorrections } from './lazy.tsx';
import { useLazy } from '../useLazy.ts';
import type { Apply } from './apply.ts';

const loadAlerting = () => import('./alerting.tsx');

export type { Apply } from './apply.ts';

interface Props {
  inc: Incident;
  contacts: run.RunContact[];
  stepCalls: Record<string, run.StepCall[]>;
  now: number;
  apply: Apply;
}

export function LiveRun({ inc, contacts, stepCalls, now, apply }: Props) {
  const [editReport, setEditReport] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [said, setSaid] = useState('');
  const limits = openLimits(inc, now);
  // the clock bar stays on screen: it carries the most urgent limit once it warns or is overdue
  const urgent = limits.find((l) => l.state !== 'running');
  const next = run.nextStep(inc);
  const missing = inc.steps.filter((s) => inc.marks[s.id]?.doneAt === undefined && !inc.marks[s.id]?.skipped).length;

  // Once a limit starts warning or runs out: said to the screen reader, and the phone vibrates,
  // beeps and notifies where it can. The countdown itself is not read out every second.
  const alerting = useLazy(loadAlerting, true);
  const [notice, setNotice] = useState(true);
  const heard = useRef<Record<string, AlertLevel>>({});
  useEffect(() => {
    // wait for the alerting code (it comes from the cache offline) so an alert due now is not lost
    if (!alerting.value && !alerting.failed) return;
    for (const a of dueAlerts(limits, heard.current)) {
      heard.current[a.step.id] = a.level;
      setSaid(a.text);
      alerting.value?.fire(a, inc.title);
    }
  });
  useEffect(() => {
    const a = alerting.value;
    if (!a) return;
    const release = a.keepAwake();
    document.addEventListener('pointerdown', a.wakeSound);
    return () => {
      release();
      document.removeEventListener('pointerdown', a.wakeSound);
    };
  }, [alerting.value]);

  // The phones are plain tel: links in the page (they work before this loads); a tap on one is
  // logged — a step's own numbers too, under the project's name for them where it has one.
  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      const a = (e.target as Element).closest?.('#run-contacts a[href^="tel:"], .step-calls a[href^="tel:"]');
      if (!a) return;
      const href = a.getAttribute('href') ?? '';
      const c = contacts.find((x) => x.tel === href);
      const digits = href.slice(4);
      apply((i, t) =>
        run.logCall(
          i,
          c
            ? { contact: c.id, label: c.label, phone: c.phone ?? '' }
            : { contact: `tel-${digits}`, label: (a.getAttribute('aria-label') ?? digits).replace(/^拨打 \S+ ?/, '') || '电话', phone: digits },
          t,
        ),
      );
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [inc.id]);

  const stamp = (id: string) => {
    apply((i, t) => run.stamp(i, id, t));
    setSaid(`已记下 ${hhmmss(Date.now())}：${shortAction(inc.steps.find((s) => s.id === id)!.action)}`);
  };

  return (
    <div class="run-live">
      <div class="sim-clock run-clock" role="group" aria-label="处置计时">
        <span>接报 {hhmm(inc.reportedAt)}</span>
        <strong data-elapsed>{elapsedClock(now - inc.reportedAt)}</strong>
        <button type="button" class="clock-edit" onClick={() => setEditReport(!editReport)} aria-expanded={editReport}>
          改接报时间
        </button>
        {urgent && <LimitStatus limit={urgent} label={`第 ${inc.steps.indexOf(urgent.step) + 1} 步`} />}
      </div>
      {editReport && (
        <WithCorrections>
          {(t) => (
            <t.TimeEditor
              label="接报时间"
              value={inc.reportedAt}
              problem={(to) => run.reportProblem(inc, to, Date.now())}
              onSave={(to) => {
                apply((i, n) => run.editReport(i, to, n));
                setEditReport(false);
              }}
              onCancel={() => setEditReport(false)}
            />
          )}
        </WithCorrections>
      )}
      <p class="visually-hidden" role="status" aria-live="polite">
        {said}
      </p>
      {notice && alerting.value && <alerting.value.AlertNotice onClose={() => setNotice(false)} />}

      <section aria-labelledby="run-steps-h">
        <h2 id="run-steps-h">处置步骤</h2>
        <ol class="run-steps">
          {inc.steps.map((s, i) => (
            <StepItem
              key={s.id}
              step={s}
              index={i + 1}
              mark={inc.marks[s.id]}
              reportedAt={inc.reportedAt}
              now={now}
              apply={apply}
              onStamp={stamp}
              calls={stepCalls[s.id]}
              photos={(inc.photos ?? []).filter((p) => p.step === s.id).map((p) => p.id)}
              photosFull={(inc.photos?.length ?? 0) >= MAX_PHOTOS}
            />
          ))}
        </ol>
      </section>
      {inc.calls.length > 0 && (
        <p class="calls-made" data-calls>
          <Icon name="phone" /> 已拨：{inc.calls.map((c) => `${hhmm(c.at)} ${c.label}`).join('；')}
        </p>
      )}
      <People people={inc.people} onAdd={(p) => apply((i, t) => run.addPerson(i, p, t))} onRemove={(n) => apply((i, t) => run.removePerson(i, n, t))} />
      <label class="field">
        <span>现场记录（随手记）</span>
        <textarea rows={4} maxLength={MAX.note} value={inc.note} onInput={(e) => apply((i, t) => run.setNote(i, (e.target as HTMLTextAreaElement).value, t))} />
      </label>
      {/* the browser cuts a longer paste at maxLength without a word */}
      {inc.note.length >= MAX.note && <p class="notice">现场记录最多 {MAX.note} 字，多出的没有记下：其余的写进结束后的「记录要点」。</p>}
      <WithCorrections>{(t) => <t.TransferButton lean version={inc.updatedAt} data={() => ({ incidents: { [inc.id]: inc } })} what="这条处置记录" />}</WithCorrections>

      <div class="run-bar">
        {confirming ? (
          <WithCorrections>{(t) => <t.FinishConfirm missing={missing} onFinish={() => apply(run.finish)} onBack={() => setConfirming(false)} />}</WithCorrections>
        ) : (
          <div class="bar-row">
            {next && (
              <button type="button" class="button primary next-step" onClick={() => stamp(next.id)}>
                <span>
                  完成第 {inc.steps.indexOf(next) + 1} 步：{shortAction(next.action, 16)}
                </span>
              </button>
            )}
            <a class="button" href="#run-contacts">
              电话
            </a>
            <button type="button" class="button" onClick={() => setConfirming(true)}>
              结束处置…
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
