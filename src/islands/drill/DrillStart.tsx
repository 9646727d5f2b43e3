/** Before a drill: the person's post, the start time, their best so far, and pressure mode. */
interface Props {
  role: string;
  startClock: string;
  best?: number;
  tries: number;
  pressure: boolean;
  seconds: number;
  onPressure: (on: boolean) => void;
  onStart: () => void;
}

export function DrillStart({ role, startClock, best, tries, pressure, seconds, onPressure, onStart }: Props) {
  return (
    <>
      <p class="drill-facts">
        <span>
          你的岗位：<strong>{role}</strong>
        </span>
        <span>
          开始时间 <strong>{startClock}</strong>
        </span>
        {best !== undefined && (
          <span>
            最好成绩 <strong>{best}</strong> 分（练了 {tries} 次）
          </span>
        )}
      </p>
      <label class="option">
        <input type="checkbox" checked={pressure} onChange={(e) => onPressure((e.target as HTMLInputElement).checked)} />
        <span>压力模式：每个决定限时 {seconds} 秒，超时算犹豫（模拟时间多过 1 分钟并扣分）</span>
      </label>
      <button type="button" class="button primary big" onClick={onStart}>
        开始演练
      </button>
    </>
  );
}
