/** A small line icon beside words (drawn in incident.css), so a state never rests on colour alone. Decorative. */
export type IconName = 'check' | 'clock' | 'warn' | 'over' | 'skip' | 'phone';

export const Icon = ({ name }: { name: IconName }) => <span class={`ic ic-${name}`} aria-hidden="true" />;
