/** A drill as the engine sees it: the content schema's shape, without Astro or zod. */
export interface DrillChoice {
  text: string;
  step?: string;
  minutes: number;
  critical?: string;
  feedback?: string;
  next: string;
}
export interface DrillNode {
  text: string;
  end: boolean;
  choices: DrillChoice[];
}
export interface Drill {
  title: string;
  plan: string;
  role: string;
  startClock: string;
  start: string;
  nodes: Record<string, DrillNode>;
}
/** The parts of the bound emergency plan that scoring needs. */
export interface DrillPlan {
  id: string;
  title: string;
  /**
   * withinMinutes: a sourced hard limit from the alarm; when: the wording otherwise (立即 / 尽快 /
   * 同步 / 事后). A step that must be done at once and is put off by a detour counts as late.
   */
  steps: { id: string; action: string; role: string; withinMinutes?: number; when?: string }[];
  never: { id: string; text: string }[];
}

/** A drill being played (engine.ts plays it, score.ts scores it). */
export interface Action {
  node: string;
  choice: number;
  /** simulated minutes since the start when the choice was made (before its own duration) */
  at: number;
}
export interface Run {
  node: string;
  /** simulated minutes elapsed */
  elapsed: number;
  actions: Action[];
  /** decisions where a pressure-mode countdown ran out */
  hesitations: number;
  /** shuffles this run's choices (order.ts); empty shows them as the file has them */
  seed: string;
}
