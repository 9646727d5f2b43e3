/**
 * Spoken Chinese as WeChat's voice keyboard writes it: one run-on sentence with the speaker's
 * fillers and hedges (data/spoken.ts) in it. Left in, they make every page fail the "holds every
 * word" test.
 */
const sorted = new WeakMap<readonly string[], string[]>();

/** Chinese has no spaces: a filler inside a phrase (电梯好像卡住了) closes up, it does not split it. */
export function stripFillers(text: string, fillers: readonly string[]): string {
  let list = sorted.get(fillers);
  if (!list) sorted.set(fillers, (list = [...fillers].sort((a, b) => b.length - a.length)));
  let out = text;
  for (const f of list) if (out.includes(f)) out = out.split(f).join('');
  return out.replace(/\s+/g, ' ').trim();
}
