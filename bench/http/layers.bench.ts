import { join } from 'node:path';
import { freePort, HttpClient, ManagedProcess, startApi, startNode } from '@rolefit/testkit';
import { createBenchEnv } from '../lib/bench-env';
import { createPublishedPreview, signup } from '../lib/fixtures';
import { LoadSummary, runLoad } from '../lib/load';
import type { BenchOptions } from '../lib/options';
import { BENCH_DIST } from '../lib/paths';
import { BenchOutcome, printTable } from '../lib/report';
import { median, round } from '../lib/stats';

const VARIANTS = ['per-request-helmet', 'app', 'noop-middleware', 'no-request-logging'] as const;
const RUN_S = 5;

/**
 * Not a target: where the public preview read's CPU goes. The API as shipped, with the old
 * per-request helmet added back, with its request-logging middleware emptied or removed, and
 * the bare Fastify baseline, all on
 * the same preview, interleaved round by round. Server CPU per request (from /proc) is the
 * measure; throughput is shown too.
 */
export async function httpLayersBench(options: BenchOptions): Promise<BenchOutcome> {
  const benchEnv = createBenchEnv('layers', options.keep);
  const processes: ManagedProcess[] = [];
  let api: HttpClient | undefined;
  try {
    const main = await startApi({ env: benchEnv.env, keepChars: 100_000 });
    processes.push(main.process);
    api = new HttpClient(main.url);
    const token = await signup(api);
    const slug = await createPublishedPreview(api, token);
    const servers: { name: string; url: string; pid: number }[] = [];
    for (const layers of VARIANTS) {
      const port = await freePort();
      const server = await startNode({
        name: layers,
        entry: join(BENCH_DIST, 'http', 'layers-server.js'),
        env: { ...benchEnv.env, LAYERS: layers, PORT: String(port) },
        ready: (out) => out.includes('layers server listening'),
      });
      processes.push(server);
      servers.push({ name: `API: ${layers}`, url: `http://127.0.0.1:${port}`, pid: server.pid });
    }
    const barePort = await freePort();
    const bare = await startNode({
      name: 'bare fastify',
      entry: join(BENCH_DIST, 'http', 'bare-server.js'),
      env: { DATABASE_URL: benchEnv.databaseUrl, PORT: String(barePort) },
      ready: (out) => out.includes('bare server listening'),
    });
    processes.push(bare);
    servers.push({ name: 'bare Fastify', url: `http://127.0.0.1:${barePort}`, pid: bare.pid });

    const path = `/api/v1/public/previews/${slug}`;
    const results = new Map<string, LoadSummary[]>();
    for (const s of servers) {
      await runLoad({ title: `warm-up ${s.name}`, url: `${s.url}${path}`, durationS: 2 });
    }
    for (let round = 1; round <= options.runs; round++) {
      console.log(`http-layers: round ${round}/${options.runs}`);
      for (const s of servers) {
        const r = await runLoad({
          title: s.name,
          url: `${s.url}${path}`,
          durationS: RUN_S,
          serverPid: s.pid,
        });
        results.set(s.name, [...(results.get(s.name) ?? []), r]);
      }
    }
    const rows = servers.map((s) => {
      const runs = results.get(s.name)!;
      return {
        server: s.name,
        rps: median(runs.map((r) => r.requestsPerSecond)),
        p99: median(runs.map((r) => r.latencyP99Ms)),
        cpuUs: median(runs.map((r) => r.serverCpuUsPerRequest!)),
        cores: median(runs.map((r) => r.serverCpuShare!)),
      };
    });
    const bareRow = rows[rows.length - 1];
    printTable(
      `HTTP layers: GET /public/previews/:slug, 50 connections, ${RUN_S} s × ${options.runs} interleaved rounds (medians)`,
      [
        'server',
        'req/s',
        'p99 ms',
        'server CPU µs/req',
        'server CPU (cores)',
        'req/s vs bare',
        'CPU/req vs bare',
      ],
      rows.map((r) => [
        r.server,
        round(r.rps, 0),
        r.p99,
        round(r.cpuUs, 0),
        round(r.cores, 2),
        `${round(r.rps / bareRow.rps, 2)}×`,
        `${round(r.cpuUs / bareRow.cpuUs, 2)}×`,
      ]),
    );
    return {
      name: 'http-layers',
      targets: [],
      data: { runSeconds: RUN_S, rounds: options.runs, rows },
    };
  } finally {
    api?.close();
    for (const p of processes.reverse()) await p.stop();
    await benchEnv.dispose();
  }
}
