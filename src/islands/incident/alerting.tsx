/**
 * The phone's side of a limit alert: vibration, a generated beep, a system notification, and the
 * screen kept on while a run is open — each only where the browser has it (iPhone and WeChat lack
 * several), and the notice that says so once when the run opens. Loaded when a live run shows.
 */
import { useState } from 'preact/hooks';
import { alertPlan, type AlertFeatures } from '../../lib/incident/alert-plan.ts';
import type { DueAlert } from '../../lib/incident/alerts.ts';

type AudioCtor = typeof AudioContext;
const audioCtor = (): AudioCtor | undefined => globalThis.AudioContext ?? (globalThis as { webkitAudioContext?: AudioCtor }).webkitAudioContext;
let audio: AudioContext | undefined;

export function features(): AlertFeatures {
  return {
    vibrate: typeof navigator.vibrate === 'function',
    sound: !!audioCtor(),
    wakeLock: !!navigator.wakeLock,
    notification: typeof Notification === 'undefined' ? 'none' : Notification.permission,
  };
}

/**
 * Sound may start only on a page the person has tapped: the run was started with a tap, and any
 * later tap resumes it (a reloaded run page has had none yet).
 */
export function wakeSound() {
  const C = audioCtor();
  try {
    audio ??= C && new C();
    void audio?.resume();
  } catch {
    /* no sound on this phone: the notice said so */
  }
}

function beep(times: number) {
  if (!audio || document.visibilityState !== 'visible') return;
  const t = audio.currentTime;
  for (let i = 0; i < times; i++) {
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.frequency.value = 880;
    gain.gain.value = 0.4;
    tone.connect(gain).connect(audio.destination);
    tone.start(t + i * 0.4);
    tone.stop(t + i * 0.4 + 0.25);
  }
}

export function fire(a: DueAlert, title: string) {
  const overdue = a.level === 'overdue';
  try {
    navigator.vibrate?.(overdue ? [500, 200, 500, 200, 500] : [300, 200, 300]);
  } catch {
    /* a browser that refuses vibration still beeps and notifies */
  }
  try {
    wakeSound();
    beep(overdue ? 3 : 2);
  } catch {
    /* as above */
  }
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
  const options: NotificationOptions = { body: a.text, tag: `limit-${a.step.id}-${a.level}`, requireInteraction: overdue };
  // Android's Chrome shows notifications only through the service worker; elsewhere a page can.
  void (navigator.serviceWorker?.getRegistration() ?? Promise.resolve(undefined)).then((r) => (r ? r.showNotification(title, options) : void new Notification(title, options))).catch(() => undefined);
}

/** Keeps the screen on while a run is open and the page shows; the browser drops the lock when hidden, so it is taken again on return. */
export function keepAwake(): () => void {
  let lock: WakeLockSentinel | undefined;
  let stopped = false;
  const take = () => {
    if (stopped || document.visibilityState !== 'visible' || !navigator.wakeLock) return;
    navigator.wakeLock.request('screen').then(
      (l) => (stopped ? void l.release() : (lock = l)),
      () => undefined,
    );
  };
  take();
  document.addEventListener('visibilitychange', take);
  return () => {
    stopped = true;
    document.removeEventListener('visibilitychange', take);
    void lock?.release();
  };
}

/** Said once when a live run opens: what will alert on this phone and what will not. */
export function AlertNotice({ onClose }: { onClose: () => void }) {
  const [f, setF] = useState(features);
  const plan = alertPlan(f);
  return (
    <section class="alert-notice" aria-labelledby="alert-notice-h" data-alert-notice>
      <h2 id="alert-notice-h">到时限时这台手机会怎样提醒</h2>
      <p>
        <strong>会：</strong>
        {plan.will.join('；')}。
      </p>
      {plan.wont.length > 0 && (
        <p>
          <strong>不会：</strong>
          {plan.wont.join('；')}。
        </p>
      )}
      <div class="actions">
        {f.notification === 'default' && (
          <button type="button" class="button" onClick={() => void Notification.requestPermission().then(() => setF(features()))}>
            允许系统通知
          </button>
        )}
        <button type="button" class="button" onClick={onClose}>
          知道了
        </button>
      </div>
    </section>
  );
}
