import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';

/** USER_HZ: /proc reports CPU time in these ticks (100 on every Linux we run on). */
const CLOCK_TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat. */
export function cpuSecondsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
}

export interface LoadSummary {
  title: string;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  latencyMaxMs: number;
  total: number;
  durationS: number;
  /** Average response size (body and headers), in bytes. */
  bytesPerResponse: number;
  non2xx: number;
  errors: number;
  /**
   * Server CPU time per request in microseconds (when the server's pid is given): a measure
   * of the work per request that noise from other processes affects far less than req/s.
   */
  serverCpuUsPerRequest?: number;
  /** Share of one core the server used during the run (1 = one core saturated). */
  serverCpuShare?: number;
}

/**
 * One autocannon run in this (the parent) process, against a server in a child process, so
 * load generator and server never share an event loop. Any non-2xx response, connection
 * error or timeout fails the benchmark: throughput of failures is not throughput.
 */
export async function runLoad(options: {
  title: string;
  url: string;
  durationS: number;
  connections?: number;
  headers?: Record<string, string>;
  serverPid?: number;
}): Promise<LoadSummary> {
  const cpuBefore = options.serverPid ? cpuSecondsOf(options.serverPid) : 0;
  const result = await autocannon({
    url: options.url,
    connections: options.connections ?? 50,
    duration: options.durationS,
    headers: options.headers,
    title: options.title,
  });
  const summary: LoadSummary = {
    title: options.title,
    requestsPerSecond: result.requests.average,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    latencyMaxMs: result.latency.max,
    total: result.requests.total,
    durationS: result.duration,
    bytesPerResponse: result.throughput.total / Math.max(1, result.requests.total),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
  if (options.serverPid) {
    const cpu = cpuSecondsOf(options.serverPid) - cpuBefore;
    summary.serverCpuUsPerRequest = (cpu / Math.max(1, result.requests.total)) * 1e6;
    summary.serverCpuShare = cpu / result.duration;
  }
  if (summary.non2xx > 0 || summary.errors > 0 || summary.total === 0) {
    throw new Error(
      `${options.title}: ${summary.non2xx} non-2xx responses and ${summary.errors} errors/timeouts ` +
        `of ${summary.total} (status codes ${JSON.stringify(result.statusCodeStats)})`,
    );
  }
  return summary;
}
