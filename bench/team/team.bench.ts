import { connect, createBenchEnv } from '../lib/bench-env';
import {
  HttpClient,
  ManagedProcess,
  SeededRandom,
  sleep,
  startApi,
  startWorker,
} from '@rolefit/testkit';
import { addManager, signup } from '../lib/fixtures';
import { mapConcurrent } from '../lib/concurrency';
import { cpuSecondsOf, LoadSummary } from '../lib/load';
import { LOAD_HEADERS, loadRow, warmUpAndMeasure } from '../lib/repeated-load';
import type { BenchOptions } from '../lib/options';
import { memoryOf } from '../lib/memory';
import { BenchOutcome, printTable, TargetResult } from '../lib/report';
import { median, percentile, round, since } from '../lib/stats';
import { createRoles, createTeam, randomMembers, waitForAnalyses } from '../lib/teams';

const TARGETS = { latencyMs: 300, perWorkerPerSecond: 300, roleMapRps: 3000 };
const LATENCY_SAMPLES = 30;
const SMALL = { teams: 1000, members: 12 };
const ROLE_MAP_MEMBERS = 50;
const LARGE = { members: 10_000, roles: 10 };
const CONNECTIONS = 50;
const WARMUP_S = 3;

type Db = Awaited<ReturnType<typeof connect>>;

interface LatencyRun {
  samples: number;
  /** POST sent → the events stream's `completed` (the stream ends right after it). */
  medianMs: number;
  p90Ms: number;
  maxMs: number;
  /** The same analyses by the database's clock: created_at → completed_at. */
  dbMedianMs: number;
}

interface DrainRun {
  analyses: number;
  /** The worker process ready → every analysis completed (wall clock, 20 ms polls). */
  seconds: number;
  perSecond: number;
  /** First started_at → last completed_at, by the database's clock. */
  dbSeconds: number;
  dbPerSecond: number;
  workerPeakMb: number;
  /** The worker's CPU time per analysis (user + system, from /proc), ready → all done. */
  workerCpuMsPerAnalysis: number;
}

/**
 * Issue 13's figures where a manager waits: a 12-member analysis from request to completed
 * (through the events stream, as the web app sees it), small analyses drained by one worker
 * process, the role-map read of a 50-member team, and a 10,000-member map read page by page.
 * The real built API and worker, each in its own process, against a private database.
 */
export async function teamBench(options: BenchOptions): Promise<BenchOutcome> {
  const benchEnv = createBenchEnv('team', options.keep);
  const processes: ManagedProcess[] = [];
  let api: HttpClient | undefined;
  let db: Db | undefined;
  try {
    const started = await startApi({ env: benchEnv.env, keepChars: 100_000 });
    processes.push(started.process);
    api = new HttpClient(started.url, 64);
    db = await connect(benchEnv.databaseUrl);
    const token = await signup(api);
    const rng = new SeededRandom(13);

    console.log(
      `team: fixtures (${SMALL.teams} teams of ${SMALL.members}, a 50- and a 10,000-member team)`,
    );
    const roles = await createRoles(api, token, 4, rng, 1);
    const smallRequirements = roles.slice(0, 3).map((jobRoleId) => ({ jobRoleId, slots: 4 }));
    const smallTeams = await mapConcurrent(
      Array.from({ length: SMALL.teams }, (_, i) => i),
      16,
      (i) =>
        createTeam(
          api!,
          token,
          `Small ${i + 1}`,
          randomMembers(SMALL.members, roles, rng, `T${i}`),
          smallRequirements,
        ),
    );
    const mapTeam = await createTeam(
      api,
      token,
      'Role-map team',
      randomMembers(ROLE_MAP_MEMBERS, roles, rng),
      roles.map((jobRoleId) => ({ jobRoleId, slots: 10 })),
    );
    const largeRoles = await createRoles(api, token, LARGE.roles, rng, 2);
    const largeTeam = await createTeam(
      api,
      token,
      'Large team',
      randomMembers(LARGE.members, largeRoles, rng),
      largeRoles.map((jobRoleId) => ({ jobRoleId, slots: LARGE.members / LARGE.roles })),
    );

    let worker = await startWorker({ env: benchEnv.env, keepChars: 100_000 });
    processes.push(worker);

    // --- 1. One 12-member analysis, request → completed ---------------------------------------
    const latencyRuns: LatencyRun[] = [];
    for (let run = 1; run <= options.runs; run++) {
      console.log(
        `team: ${LATENCY_SAMPLES} single analyses one after another, run ${run}/${options.runs}`,
      );
      latencyRuns.push(await latency(api, db, token, smallTeams[0], run === 1 ? 3 : 0));
    }

    // --- 2. Small analyses drained by one worker process ---------------------------------------
    const drainRuns: DrainRun[] = [];
    for (let run = 1; run <= options.runs; run++) {
      console.log(
        `team: ${SMALL.teams} small analyses queued, then one worker drains them, run ${run}/${options.runs}`,
      );
      await worker.stop();
      processes.splice(processes.indexOf(worker), 1);
      const ids = await requestAll(api, token, smallTeams);
      worker = await startWorker({ env: benchEnv.env, keepChars: 100_000 });
      processes.push(worker);
      drainRuns.push(await drain(db, ids, worker));
    }

    // --- 3. The role-map read of a 50-member team ----------------------------------------------
    const [mapAnalysis, largeAnalysis] = await Promise.all(
      [mapTeam, largeTeam].map((teamId) =>
        api!.expect<{ id: string }>(202, 'POST', `/api/v1/teams/${teamId}/analyses`, { token }),
      ),
    );
    await waitForAnalyses(db, [mapAnalysis.id, largeAnalysis.id], 120_000);
    await worker.stop();
    processes.splice(processes.indexOf(worker), 1);
    const auth = { authorization: `Bearer ${token}` };
    const roleMapUrl = `${started.url}/api/v1/teams/${mapTeam}/role-map`;
    const roleMapRuns = await warmUpAndMeasure({
      name: 'role-map',
      url: roleMapUrl,
      headers: auth,
      warmUpS: WARMUP_S,
      runs: options.runs,
      durationS: options.duration,
      connections: CONNECTIONS,
      serverPid: started.process.pid,
      progress: (run) => `team: role-map read, run ${run}/${options.runs}`,
    });
    // What a browser sends: the page comes gzipped (built once with the page).
    const roleMapGzipRuns = await warmUpAndMeasure({
      name: 'role-map, gzip',
      url: roleMapUrl,
      headers: { ...auth, 'accept-encoding': 'gzip' },
      warmUpS: WARMUP_S,
      runs: options.runs,
      durationS: options.duration,
      connections: CONNECTIONS,
      serverPid: started.process.pid,
      progress: (run) => `team: role-map read with gzip, run ${run}/${options.runs}`,
    });

    // As the team's own manager, the user of the map page: one more check per read (is this
    // still their team?), made against the database every time.
    const manager = await addManager(api, token);
    await api.expect(200, 'PATCH', `/api/v1/teams/${mapTeam}`, {
      token,
      body: { managerId: manager.id },
    });
    const roleMapManagerRuns = await warmUpAndMeasure({
      name: 'role-map, manager, gzip',
      url: roleMapUrl,
      headers: { authorization: `Bearer ${manager.token}`, 'accept-encoding': 'gzip' },
      warmUpS: WARMUP_S,
      runs: options.runs,
      durationS: options.duration,
      connections: CONNECTIONS,
      serverPid: started.process.pid,
      progress: (run) => `team: role-map read by the team's manager, run ${run}/${options.runs}`,
    });

    // --- 4. A 10,000-member map, page by page ------------------------------------------------
    const large = await largeMap(api, db, token, largeTeam, largeAnalysis.id, started.process.pid);

    return report({
      latencyRuns,
      drainRuns,
      roleMapRuns,
      roleMapGzipRuns,
      roleMapManagerRuns,
      large,
    });
  } finally {
    api?.close();
    await db?.end();
    for (const p of processes.reverse()) await p.stop();
    await benchEnv.dispose();
  }
}

/** POST, then read the events stream to its end; `warm` unmeasured rounds first. */
async function latency(
  api: HttpClient,
  db: Db,
  token: string,
  teamId: string,
  warm: number,
): Promise<LatencyRun> {
  const wall: number[] = [];
  const ids: string[] = [];
  for (let i = 0; i < warm + LATENCY_SAMPLES; i++) {
    const t0 = performance.now();
    const accepted = await api.expect<{ id: string }>(
      202,
      'POST',
      `/api/v1/teams/${teamId}/analyses?force=true`,
      { token },
    );
    const stream = await api.expect<string>(200, 'GET', `/api/v1/analyses/${accepted.id}/events`, {
      token,
    });
    const ms = since(t0);
    if (!stream.includes('event: completed'))
      throw new Error(`stream without completion: ${stream}`);
    if (i < warm) continue;
    wall.push(ms);
    ids.push(accepted.id);
    await sleep(20);
  }
  const timings = await waitForAnalyses(db, ids, 10_000);
  const dbMs = timings.map((t) => t.completedAt!.getTime() - t.createdAt.getTime());
  return {
    samples: wall.length,
    medianMs: median(wall),
    p90Ms: percentile(wall, 90),
    maxMs: Math.max(...wall),
    dbMedianMs: median(dbMs),
  };
}

async function requestAll(api: HttpClient, token: string, teams: string[]): Promise<string[]> {
  const accepted = await mapConcurrent(teams, 64, (teamId) =>
    api.expect<{ id: string }>(202, 'POST', `/api/v1/teams/${teamId}/analyses?force=true`, {
      token,
    }),
  );
  return accepted.map((a) => a.id);
}

async function drain(db: Db, ids: string[], worker: ManagedProcess): Promise<DrainRun> {
  const t0 = performance.now();
  const cpu0 = cpuSecondsOf(worker.pid);
  const timings = await waitForAnalyses(db, ids, 10 * 60_000, 20);
  const seconds = since(t0) / 1000;
  const cpuSeconds = cpuSecondsOf(worker.pid) - cpu0;
  const first = Math.min(...timings.map((t) => t.startedAt!.getTime()));
  const last = Math.max(...timings.map((t) => t.completedAt!.getTime()));
  const dbSeconds = (last - first) / 1000;
  return {
    analyses: ids.length,
    seconds,
    perSecond: ids.length / seconds,
    dbSeconds,
    dbPerSecond: ids.length / dbSeconds,
    workerPeakMb: memoryOf(worker.pid).peakMb,
    workerCpuMsPerAnalysis: (cpuSeconds * 1000) / ids.length,
  };
}

interface LargeMap {
  members: number;
  storedKb: number;
  pageKb: number;
  firstPageMs: number;
  cachedPageMs: number;
  allPagesMs: number;
  pages: number;
  apiRssMb: number;
  capStatus: number;
  capDetail: string;
}

async function largeMap(
  api: HttpClient,
  db: Db,
  token: string,
  teamId: string,
  analysisId: string,
  apiPid: number,
): Promise<LargeMap> {
  const { rows } = await db.query<{ bytes: number }>(
    `SELECT octet_length(result::text) AS bytes FROM team_analyses WHERE id = $1`,
    [analysisId],
  );
  const url = (page: number) => `/api/v1/teams/${teamId}/role-map?page=${page}&pageSize=500`;
  const first = await api.request<string>('GET', url(1), { token });
  const again = await api.request<string>('GET', url(1), { token });
  const body = first.body as unknown as { totalMembers: number };
  const pages = Math.ceil(body.totalMembers / 500);
  const t0 = performance.now();
  for (let page = 2; page <= pages; page++) await api.expect(200, 'GET', url(page), { token });
  const allPagesMs = since(t0);
  const pageBytes = Buffer.byteLength(JSON.stringify(first.body));
  // One more member is over the default TEAM_MAX_MEMBERS (10,000).
  const cap = await api.request<{ detail: string }>('POST', `/api/v1/teams/${teamId}/members`, {
    token,
    body: { name: 'One too many', profile: { prospecting: 50 } },
  });
  return {
    members: body.totalMembers,
    storedKb: rows[0].bytes / 1024,
    pageKb: pageBytes / 1024,
    firstPageMs: first.ms,
    cachedPageMs: again.ms,
    allPagesMs,
    pages,
    apiRssMb: memoryOf(apiPid).rssMb,
    capStatus: cap.status,
    capDetail: cap.body.detail,
  };
}

function report(input: {
  latencyRuns: LatencyRun[];
  drainRuns: DrainRun[];
  roleMapRuns: LoadSummary[];
  roleMapGzipRuns: LoadSummary[];
  roleMapManagerRuns: LoadSummary[];
  large: LargeMap;
}): BenchOutcome {
  const { latencyRuns, drainRuns, roleMapRuns, roleMapGzipRuns, roleMapManagerRuns, large } = input;
  printTable(
    `Team: one ${SMALL.members}-member analysis at a time, POST → events stream's completed (ms)`,
    ['run', 'samples', 'median', 'p90', 'max', 'db created → completed median'],
    latencyRuns.map((r, i) => [
      `#${i + 1}`,
      r.samples,
      round(r.medianMs),
      round(r.p90Ms),
      round(r.maxMs),
      round(r.dbMedianMs),
    ]),
  );
  printTable(
    `Team: ${SMALL.teams} queued ${SMALL.members}-member analyses drained by one worker process`,
    [
      'run',
      'analyses',
      'worker ready → all done (s)',
      'analyses/s',
      'db first start → last done (s)',
      'analyses/s (db)',
      'worker peak RSS MiB',
      'worker CPU ms/analysis',
    ],
    drainRuns.map((r, i) => [
      `#${i + 1}`,
      r.analyses,
      round(r.seconds, 2),
      round(r.perSecond, 0),
      round(r.dbSeconds, 2),
      round(r.dbPerSecond, 0),
      round(r.workerPeakMb, 0),
      round(r.workerCpuMsPerAnalysis, 2),
    ]),
  );
  printTable(
    `Team: GET /teams/:id/role-map (${ROLE_MAP_MEMBERS} members × 4 roles), ${CONNECTIONS} connections (latency ms)`,
    LOAD_HEADERS,
    [...roleMapRuns, ...roleMapGzipRuns, ...roleMapManagerRuns].map((r) => loadRow(r.title, r)),
  );
  printTable(
    `Team: a ${LARGE.members.toLocaleString('en')}-member × ${LARGE.roles}-role map read in pages of 500`,
    [
      'stored map KiB',
      'page KiB',
      'first page ms (cold)',
      'same page ms (cached)',
      `pages 2…${large.pages} ms`,
      'API RSS MiB after',
      'one more member',
    ],
    [
      [
        round(large.storedKb, 0),
        round(large.pageKb, 0),
        round(large.firstPageMs),
        round(large.cachedPageMs),
        round(large.allPagesMs),
        round(large.apiRssMb, 0),
        `${large.capStatus}: ${large.capDetail}`,
      ],
    ],
  );

  const latencyMs = median(latencyRuns.map((r) => r.medianMs));
  const perSecond = median(drainRuns.map((r) => r.perSecond));
  const rps = median(roleMapRuns.map((r) => r.requestsPerSecond));
  const p99 = median(roleMapRuns.map((r) => r.latencyP99Ms));
  // Reported beside it: the same read as a browser makes it (gzip, built once with the page).
  const gzipRps = median(roleMapGzipRuns.map((r) => r.requestsPerSecond));
  const managerRps = median(roleMapManagerRuns.map((r) => r.requestsPerSecond));
  const targets: TargetResult[] = [
    {
      benchmark: 'team',
      target: `12-member analysis, request → completed, median ≤ ${TARGETS.latencyMs} ms`,
      value: `${round(latencyMs)} ms`,
      met: latencyMs <= TARGETS.latencyMs,
    },
    {
      benchmark: 'team',
      target: `≥ ${TARGETS.perWorkerPerSecond} small analyses/s per worker process`,
      value: `${round(perSecond, 0)}/s`,
      met: perSecond >= TARGETS.perWorkerPerSecond,
    },
    {
      benchmark: 'team',
      target: `role-map GET, 50-member team, ≥ ${TARGETS.roleMapRps} req/s at ${CONNECTIONS} connections`,
      value: `${round(rps, 0)} req/s, p99 ${p99} ms (gzip ${round(gzipRps, 0)}, manager ${round(managerRps, 0)} req/s)`,
      // Met only when every way of reading it is: plain, gzipped, and as the team's manager.
      met: Math.min(rps, gzipRps, managerRps) >= TARGETS.roleMapRps,
    },
    {
      benchmark: 'team',
      target: '10,000-member map paged, team-size cap refused with a problem',
      value: `${round(large.pageKb, 0)} KiB a page of 500 vs ${round(large.storedKb, 0)} KiB whole; one more member → ${large.capStatus}`,
      met: large.capStatus === 422 && large.pageKb < large.storedKb / 10,
    },
  ];
  return {
    name: 'team',
    targets,
    data: { latencyRuns, drainRuns, roleMapRuns, roleMapGzipRuns, roleMapManagerRuns, large },
  };
}
