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
  steps: { id: string; action: string; role: string; withinMinutes?: number }[];
  never: { id: string; text: string }[];
}
