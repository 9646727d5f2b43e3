/**
 * One plan step in a live run: the whole step is the tap that stamps it. Tapping a stamped step
 * opens its correction (change the time, or take the stamp back); a step not done can be skipped
 * with a reason.
 */
import { useRef, useState } from 'preact/hooks';
import { limitOf } from '../../lib/incident/limits.ts';
import * as run from '../../lib/incident/run.ts';
import { editText, limitText } from '../../lib/incident/text.ts';
import type { IncidentStep, StepMark } from '../../lib/storage/incidents-schema.ts';
import type { Apply } from './apply.ts';
import { hhmmss } from '../../lib/incident/time.ts';
import { Icon } from './Icon.tsx';
import { LimitStatus } from './LimitStatus.tsx';
import { WithCorrections } from './lazy.tsx';

interface Props {
  step: IncidentStep;
  index: number;
  mark?: StepMark;
  reportedAt: number;
  now: number;
  apply: Apply;
  /** stamps the step (and says so) */
  onStamp: (step: string) => void;
  /** numbers the step's text tells staff to dial */
  calls?: run.StepCall[];
  /** ids of the photos taken for this step */
  photos: string[];
  /** the run has as many photos as it keeps */
  photosFull: boolean;
}

export function StepItem({ step, index, mark, reportedAt, now, apply, onStamp, calls, photos, photosFull }: Props) {
  const [panel, setPanel] = useState<'' | 'edit' | 'skip'>('');
  const tapButton = useRef<HTMLButtonElement>(null);
  // A closed panel hands focus back to the step, so the keyboard never lands on the page top.
  const close = () => {
    setPanel('');
    tapButton.current?.focus();
  };
  const id = step.id;
  const done = mark?.doneAt;
  const limit = limitOf(step, mark, reportedAt, now);
  const when = limitText(step);
  // A step for one case only is answered 做了 / 不需要; a single tap on it records nothing.
  const ask = !!step.condition && done === undefined && !mark?.skipped;

  return (
    <li class={`run-step is-${done !== undefined ? 'done' : mark?.skipped ? 'skipped' : 'todo'}${step.critical ? ' critical' : ''}`} data-step={id}>
      <p class="badges">
        <span class="badge role">{step.role}</span>
        {when && <span class="badge time">{when}</span>}
        {step.critical && <span class="badge critical">关键</span>}
        {step.condition && <span class="badge condition">仅当：{step.condition}</span>}
      </p>
      {ask ? (
        <div class="step-ask">
          <p class="step-text">
            <span class="step-no">{index}</span> <span>{step.action}</span>
          </p>
          <p class="step-ask-q" id={`ask-${id}`}>
            「{step.condition}」出现了吗？
          </p>
          <div class="actions" role="group" aria-labelledby={`ask-${id}`}>
            <button ref={tapButton} type="button" class="button primary" onClick={() => onStamp(id)}>
              做了，记下时间
            </button>
            <button type="button" class="button" onClick={() => setPanel('skip')} aria-expanded={panel === 'skip'}>
              不需要…
            </button>
          </div>
        </div>
      ) : (
        <button
          ref={tapButton}
          type="button"
          class="step-tap"
          onClick={() => (done === undefined ? onStamp(id) : setPanel(panel ? '' : 'edit'))}
          aria-expanded={done === undefined ? undefined : panel === 'edit'}
        >
          <span class="step-no">{index}</span>
          <span class="step-text">
            {done !== undefined && (
              <strong class="stamp">
                <Icon name="check" /> {hhmmss(done)} 完成
              </strong>
            )}
            <span>{step.action}</span>
            <small>{done === undefined ? '点一下记下时间' : '点一下改时间或撤销'}</small>
          </span>
        </button>
      )}
      {calls && (
        <p class="step-calls">
          {calls.map((c) => (
            <a key={c.href} class="button tel" href={c.href} aria-label={c.label}>
              <Icon name="phone" /> {c.text}
            </a>
          ))}
        </p>
      )}
      {limit && <LimitStatus limit={limit} />}
      {mark?.skipped && (
        <p class="skipped">
          <Icon name="skip" /> {step.condition ? '不需要' : '已跳过'}：{mark.skipped.reason}
          <button type="button" class="button" onClick={() => apply((i, t) => run.unskip(i, id, t))}>
            {step.condition ? '撤销' : '取消跳过'}
          </button>
        </p>
      )}
      <WithCorrections>
        {(t) => (
          <t.PhotoList
            ids={photos}
            label={`第 ${index} 步`}
            full={photosFull}
            onAdd={(pid, at) => apply((i, n) => run.addPhoto(i, { id: pid, step: id, at }, n))}
            onRemove={(pid) => apply((i, n) => run.removePhoto(i, pid, n))}
          />
        )}
      </WithCorrections>
      {mark?.clockBehind && <p class="notice">记下时手机时间早于接报时间，暂按接报时间记：请核对手机时间，再点这一步改正时间。</p>}
      {!!mark?.edits.length && (
        <p class="muted edits">
          改过：{mark.editsDropped ? `更早的 ${mark.editsDropped} 次未保留；` : ''}
          {mark.edits.map(editText).join('；')}
        </p>
      )}
      {panel === 'edit' && done !== undefined && (
        <WithCorrections>
          {(t) => (
            <t.TimeEditor
              label={`第 ${index} 步的完成时间`}
              value={done}
              problem={(to) => run.stampProblem(reportedAt, to, Date.now())}
              onSave={(to) => {
                apply((i, n) => run.editStamp(i, id, to, n));
                close();
              }}
              onCancel={close}
            >
              <button
                type="button"
                class="button danger-outline"
                onClick={() => {
                  apply((i, n) => run.unstamp(i, id, n));
                  close();
                }}
              >
                撤销完成
              </button>
            </t.TimeEditor>
          )}
        </WithCorrections>
      )}
      {done === undefined &&
        !mark?.skipped &&
        (panel === 'skip' ? (
          <WithCorrections>
            {(t) => (
              <t.SkipForm
                notNeeded={!!step.condition}
                onSkip={(reason) => {
                  apply((i, n) => run.skip(i, id, reason, n));
                  close();
                }}
                onCancel={close}
              />
            )}
          </WithCorrections>
        ) : (
          !ask && (
            <button type="button" class="button step-more" onClick={() => setPanel('skip')}>
              跳过这一步…
            </button>
          )
        ))}
    </li>
  );
}
