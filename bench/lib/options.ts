/** Command-line options shared by the benchmark modules (`npm run bench -- <names> [--x=y]`). */
export interface BenchOptions {
  /** Repetitions of each measurement; medians are reported. */
  runs: number;
  /** Seconds of load per autocannon run. */
  duration: number;
  /** Time budget for the munkres peer per size; beyond it the time is extrapolated. */
  peerBudgetSeconds: number;
  /** munkres runs at the largest size (each takes seconds). */
  peerRunsLargest: number;
  /** Keep the benchmark databases instead of dropping them. */
  keep: boolean;
  /** Worker processes for the background benchmark. */
  workers: number;
}

export const DEFAULT_OPTIONS: BenchOptions = {
  runs: 3,
  duration: 10,
  peerBudgetSeconds: 120,
  peerRunsLargest: 1,
  keep: false,
  workers: 1,
};

export function parseArgs(argv: string[]): { names: string[]; options: BenchOptions } {
  const options: Record<string, number | boolean> = { ...DEFAULT_OPTIONS };
  const names: string[] = [];
  for (const arg of argv) {
    const match = /^--([a-zA-Z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) {
      names.push(arg);
      continue;
    }
    const key = match[1].replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    if (!(key in options)) throw new Error(`unknown option --${match[1]}`);
    if (typeof options[key] === 'boolean') options[key] = match[2] !== 'false';
    else {
      const value = Number(match[2]);
      if (!Number.isFinite(value) || value <= 0) throw new Error(`--${match[1]} needs a number`);
      options[key] = value;
    }
  }
  return { names, options: options as unknown as BenchOptions };
}
