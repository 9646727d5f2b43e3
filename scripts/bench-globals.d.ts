// What the benchmarks keep in the page they time (scripts/bench-path.mjs, scripts/bench-roster.mjs):
// times from performance.now(), written by listeners page.evaluate() installs.
interface Window {
  /** bench-path: the tap on search, and the first result on screen */
  __t?: { start?: number; result?: number };
  /** bench-roster: the file arriving at the input, and the results heading on screen */
  __roster?: { start?: number; end?: number };
}
