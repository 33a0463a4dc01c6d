import { type LoadSummary, runLoad } from './load';
import { round } from './stats';

/** The columns of a load table: one row per autocannon run (see `loadRow`). */
export const LOAD_HEADERS = [
  'run',
  'req/s',
  'p50',
  'p99',
  'max',
  'requests',
  'non-2xx+errors',
  'server CPU µs/req',
  'server CPU (cores)',
  'bytes/resp',
];

export function loadRow(label: string, r: LoadSummary): (string | number | null)[] {
  return [
    label,
    round(r.requestsPerSecond, 0),
    r.latencyP50Ms,
    r.latencyP99Ms,
    r.latencyMaxMs,
    r.total,
    r.non2xx + r.errors,
    r.serverCpuUsPerRequest === undefined ? null : round(r.serverCpuUsPerRequest, 0),
    r.serverCpuShare === undefined ? null : round(r.serverCpuShare, 2),
    Math.round(r.bytesPerResponse),
  ];
}

/**
 * How the benchmarks measure one read: a short warm-up (so the first run does not pay for
 * cold caches and JIT), then `runs` runs of `durationS` seconds, each titled `<name> #n`.
 */
export async function warmUpAndMeasure(options: {
  name: string;
  url: string;
  headers?: Record<string, string>;
  warmUpS: number;
  runs: number;
  durationS: number;
  connections?: number;
  serverPid: number;
  /** The progress line printed before each run. */
  progress: (run: number) => string;
}): Promise<LoadSummary[]> {
  await runLoad({
    title: `warm-up ${options.name}`,
    url: options.url,
    durationS: options.warmUpS,
    headers: options.headers,
  });
  const runs: LoadSummary[] = [];
  for (let run = 1; run <= options.runs; run++) {
    console.log(options.progress(run));
    runs.push(
      await runLoad({
        title: `${options.name} #${run}`,
        url: options.url,
        durationS: options.durationS,
        connections: options.connections,
        headers: options.headers,
        serverPid: options.serverPid,
      }),
    );
  }
  return runs;
}
