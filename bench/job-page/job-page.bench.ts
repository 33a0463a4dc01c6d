import { DEMO_ROLES } from '../../apps/api/src/demo/demo-roles';
import { HttpClient, ManagedProcess, startApi } from '@rolefit/testkit';
import { createBenchEnv } from '../lib/bench-env';
import { createJobRole, signup } from '../lib/fixtures';
import { LoadSummary, runLoad } from '../lib/load';
import type { BenchOptions } from '../lib/options';
import { BenchOutcome, printTable, TargetResult } from '../lib/report';
import { median, round } from '../lib/stats';
import {
  CPU_SLOWDOWN,
  launchChromium,
  measurePageLoad,
  PageLoadMetrics,
  SLOW_4G,
} from './browser-metrics';

const CONNECTIONS = 50;
const WARMUP_S = 3;
const PAGE_LOADS = 5;
const TARGETS = { ratio: 0.5, p99Ms: 25, scriptKb: 60, lcpMs: 1500 };
const LOAD_HEADERS = [
  'run',
  'req/s',
  'p50',
  'p99',
  'max',
  'requests',
  'server CPU µs/req',
  'bytes/resp',
];

/**
 * The public job page (issue 10): `GET /jobs/:slug` (server-rendered HTML from the per-version
 * cache) against `GET /api/v1/public/previews/:slug` (the JSON read) on the same API process,
 * alternating in each run; then, in headless Chromium with 4× CPU throttling and slow 4G, the
 * JavaScript transferred and the Largest Contentful Paint (median of 5 cold loads).
 */
export async function jobPageBench(options: BenchOptions): Promise<BenchOutcome> {
  const benchEnv = createBenchEnv('jobpage', options.keep);
  const processes: ManagedProcess[] = [];
  let api: HttpClient | undefined;
  try {
    const started = await startApi({ env: benchEnv.env, keepChars: 100_000 });
    processes.push(started.process);
    const { url } = started;
    api = new HttpClient(url, CONNECTIONS);
    const token = await signup(api);
    // The demo's longest preview: six blocks of the day, three hard parts, demands, culture.
    const booker = DEMO_ROLES.find((r) => r.key === 'booker')!;
    const roleId = await createJobRole(api, token, {
      title: booker.role.title,
      profile: booker.role.profile,
    });
    const draft = await api.expect<{ id: string }>(
      201,
      'POST',
      `/api/v1/job-roles/${roleId}/previews`,
      {
        token,
        body: booker.preview,
      },
    );
    const { slug } = await api.expect<{ slug: string }>(
      200,
      'POST',
      `/api/v1/previews/${draft.id}/publish`,
      {
        token,
      },
    );

    const targets = {
      json: { url: `${url}/api/v1/public/previews/${slug}`, headers: undefined },
      html: { url: `${url}/jobs/${slug}`, headers: undefined },
      htmlGzip: { url: `${url}/jobs/${slug}`, headers: { 'accept-encoding': 'gzip' } },
    };
    for (const [name, target] of Object.entries(targets)) {
      console.log(`jobpage: warming up ${name} (${WARMUP_S} s)`);
      await runLoad({
        title: `warm-up ${name}`,
        url: target.url,
        headers: target.headers,
        durationS: WARMUP_S,
        connections: CONNECTIONS,
      });
    }
    const runs: { json: LoadSummary; html: LoadSummary; htmlGzip: LoadSummary }[] = [];
    for (let run = 1; run <= options.runs; run++) {
      console.log(
        `jobpage: run ${run}/${options.runs} (JSON, HTML, HTML gzip; ${options.duration} s each)`,
      );
      const load = (name: keyof typeof targets) =>
        runLoad({
          title: `${name} #${run}`,
          url: targets[name].url,
          headers: targets[name].headers,
          durationS: options.duration,
          connections: CONNECTIONS,
          serverPid: started.process.pid,
        });
      const json = await load('json');
      const html = await load('html');
      const htmlGzip = await load('htmlGzip');
      runs.push({ json, html, htmlGzip });
    }

    console.log(`jobpage: ${PAGE_LOADS} cold page loads in Chromium (4× CPU, slow 4G)`);
    const browser = await launchChromium();
    const loads: PageLoadMetrics[] = [];
    try {
      for (let i = 0; i < PAGE_LOADS; i++)
        loads.push(await measurePageLoad(browser, targets.html.url));
    } finally {
      await browser.close();
    }
    return report(runs, loads, options);
  } finally {
    api?.close();
    for (const p of processes.reverse()) await p.stop();
    await benchEnv.dispose();
  }
}

function report(
  runs: { json: LoadSummary; html: LoadSummary; htmlGzip: LoadSummary }[],
  loads: PageLoadMetrics[],
  options: BenchOptions,
): BenchOutcome {
  const row = (name: string, r: LoadSummary) => [
    name,
    round(r.requestsPerSecond, 0),
    r.latencyP50Ms,
    r.latencyP99Ms,
    r.latencyMaxMs,
    r.total,
    r.serverCpuUsPerRequest === undefined ? null : round(r.serverCpuUsPerRequest, 0),
    Math.round(r.bytesPerResponse),
  ];
  printTable(
    `Job page: GET /jobs/:slug vs GET /api/v1/public/previews/:slug, ${CONNECTIONS} connections, ${options.duration} s per run (latency ms)`,
    LOAD_HEADERS,
    runs.flatMap((r, i) => [
      row(`JSON read #${i + 1}`, r.json),
      row(`HTML page #${i + 1}`, r.html),
      row(`HTML page, gzip #${i + 1}`, r.htmlGzip),
      [
        `ratio HTML/JSON #${i + 1}`,
        round(r.html.requestsPerSecond / r.json.requestsPerSecond, 2),
        '',
        '',
        '',
        '',
        '',
        '',
      ],
    ]),
  );
  printTable(
    `Job page in Chromium: ${CPU_SLOWDOWN}× CPU throttling, slow 4G (${SLOW_4G.latency} ms, ${Math.round((SLOW_4G.downloadThroughput * 8) / 1000)} kbit/s down), cold cache, 360×780`,
    ['load', 'LCP ms', 'LCP element', 'scripts', 'JS bytes (wire)', 'all bytes (wire)'],
    loads.map((l, i) => [
      `#${i + 1}`,
      round(l.lcpMs, 0),
      l.lcpElement,
      l.scripts,
      l.scriptBytes,
      l.totalBytes,
    ]),
  );
  const ratio = median(runs.map((r) => r.html.requestsPerSecond / r.json.requestsPerSecond));
  const gzipRatio = median(
    runs.map((r) => r.htmlGzip.requestsPerSecond / r.json.requestsPerSecond),
  );
  const htmlRps = median(runs.map((r) => r.html.requestsPerSecond));
  const jsonRps = median(runs.map((r) => r.json.requestsPerSecond));
  const p99 = median(runs.map((r) => r.html.latencyP99Ms));
  const gzipP99 = median(runs.map((r) => r.htmlGzip.latencyP99Ms));
  const lcp = median(loads.map((l) => l.lcpMs));
  const scriptBytes = median(loads.map((l) => l.scriptBytes));
  const targets: TargetResult[] = [
    {
      benchmark: 'jobpage',
      target: `job page HTML ≥ ${TARGETS.ratio}× the JSON preview read (req/s)`,
      value: `${round(ratio, 2)}×`,
      met: ratio >= TARGETS.ratio,
      note: `HTML ${round(htmlRps, 0)} vs JSON ${round(jsonRps, 0)} req/s, median of ${runs.length}; gzip ${round(gzipRatio, 2)}×`,
    },
    {
      benchmark: 'jobpage',
      target: `job page HTML p99 ≤ ${TARGETS.p99Ms} ms at ${CONNECTIONS} connections`,
      value: `${p99} ms`,
      met: p99 <= TARGETS.p99Ms,
      note: `gzip ${gzipP99} ms`,
    },
    {
      benchmark: 'jobpage',
      target: `JavaScript transferred for /jobs/:slug ≤ ${TARGETS.scriptKb} kB`,
      value: `${round(scriptBytes / 1000, 2)} kB`,
      met: scriptBytes <= TARGETS.scriptKb * 1000,
      note: 'gzip, with response headers',
    },
    {
      benchmark: 'jobpage',
      target: `LCP ≤ ${TARGETS.lcpMs} ms (4× CPU, slow 4G)`,
      value: `${round(lcp, 0)} ms`,
      met: lcp <= TARGETS.lcpMs,
      note: `median of ${loads.length}`,
    },
  ];
  return {
    name: 'jobpage',
    targets,
    data: {
      connections: CONNECTIONS,
      network: SLOW_4G,
      cpuSlowdown: CPU_SLOWDOWN,
      medianRatio: ratio,
      medianGzipRatio: gzipRatio,
      medianHtmlRps: htmlRps,
      medianJsonRps: jsonRps,
      medianHtmlP99Ms: p99,
      medianLcpMs: lcp,
      medianScriptBytes: scriptBytes,
      runs,
      loads,
    },
  };
}
