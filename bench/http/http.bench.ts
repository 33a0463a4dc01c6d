import { join } from 'node:path';
import {
  freePort,
  HttpClient,
  ManagedProcess,
  SeededRandom,
  startApi,
  startNode,
  startWorker,
} from '@rolefit/testkit';
import { connect, createBenchEnv } from '../lib/bench-env';
import {
  createJobRole,
  createPublishedPreview,
  createPublishedQuestionnaire,
  likertItems,
  signup,
} from '../lib/fixtures';
import { LoadSummary, runLoad } from '../lib/load';
import { LOAD_HEADERS, loadRow, warmUpAndMeasure } from '../lib/repeated-load';
import type { BenchOptions } from '../lib/options';
import { BENCH_DIST } from '../lib/paths';
import { BenchOutcome, printTable, TargetResult } from '../lib/report';
import { median, round } from '../lib/stats';
import { createRoles, createTeam, randomMembers, waitForAnalyses } from '../lib/teams';
import { CandidateFlowResult, runCandidateFlow } from './candidate-flow';

const CONNECTIONS = 50;
const WARMUP_S = 3;
const ITEMS = 60;
const TARGETS = {
  previewRps: 5000,
  previewP99Ms: 25,
  previewRatio: 0.7,
  candidatePerSecond: 500,
  candidateP99Ms: 100,
};

/**
 * Issue 5, benchmark 2: the real API (dist/api main.js, its own process) under autocannon
 * from this process. Public preview GET against a bare Fastify baseline in the same run, the
 * candidate flow, and the role-map GET of a 50-member team.
 */
export async function httpBench(options: BenchOptions): Promise<BenchOutcome> {
  const benchEnv = createBenchEnv('http', options.keep);
  const processes: ManagedProcess[] = [];
  let api: HttpClient | undefined;
  const db = { client: undefined as Awaited<ReturnType<typeof connect>> | undefined };
  try {
    const started = await startApi({ env: benchEnv.env, keepChars: 100_000 });
    processes.push(started.process);
    const { url } = started;
    api = new HttpClient(url, CONNECTIONS);
    db.client = await connect(benchEnv.databaseUrl);
    const token = await signup(api);
    const rng = new SeededRandom(5);

    // --- Fixtures -------------------------------------------------------------------------
    const slug = await createPublishedPreview(api, token);
    const items = likertItems(ITEMS);
    const questionnaireId = await createPublishedQuestionnaire(api, token, items);
    const candidateRoleId = await createJobRole(api, token, {
      title: 'Account executive',
      profile: [
        { dimension: 'negotiation-closing', target: 75, weight: 3, direction: 'atLeast' },
        { dimension: 'resilience', target: 65, weight: 2, direction: 'atLeast' },
        { dimension: 'account-care', target: 60, weight: 1, direction: 'ideal' },
      ],
      questionnaireId,
    });
    // A 50-member team analysed once by the real worker, for the role-map GET.
    const roleIds = await createRoles(api, token, 5, rng, 1);
    const teamId = await createTeam(
      api,
      token,
      'Role-map team',
      randomMembers(50, roleIds, rng),
      roleIds.map((jobRoleId) => ({ jobRoleId, slots: 10 })),
    );
    const worker = await startWorker({ env: benchEnv.env, keepChars: 100_000 });
    processes.push(worker);
    const analysis = await api.expect<{ id: string }>(
      202,
      'POST',
      `/api/v1/teams/${teamId}/analyses`,
      {
        token,
      },
    );
    await waitForAnalyses(db.client, [analysis.id], 60_000);
    // Only the API runs during the HTTP measurements.
    await worker.stop();
    processes.splice(processes.indexOf(worker), 1);

    // --- Public preview: API vs bare Fastify, alternating runs -----------------------------
    const barePort = await freePort();
    const bare = await startNode({
      name: 'bare fastify',
      entry: join(BENCH_DIST, 'http', 'bare-server.js'),
      env: { DATABASE_URL: benchEnv.databaseUrl, PORT: String(barePort) },
      ready: (out) => out.includes('bare server listening'),
    });
    processes.push(bare);
    const previewPath = `/api/v1/public/previews/${slug}`;
    const targetsByName = {
      api: `${url}${previewPath}`,
      bare: `http://127.0.0.1:${barePort}${previewPath}`,
    };
    const sameBody = await compareBodies(targetsByName.api, targetsByName.bare);
    for (const [name, target] of Object.entries(targetsByName)) {
      console.log(`http: warming up ${name} (${WARMUP_S} s)`);
      await runLoad({
        title: `warm-up ${name}`,
        url: target,
        durationS: WARMUP_S,
        connections: CONNECTIONS,
      });
    }
    const previewRuns: { api: LoadSummary; bare: LoadSummary; ratio: number }[] = [];
    for (let run = 1; run <= options.runs; run++) {
      console.log(
        `http: public preview run ${run}/${options.runs} (API, then bare; ${options.duration} s each)`,
      );
      const apiRun = await runLoad({
        title: `preview API #${run}`,
        url: targetsByName.api,
        durationS: options.duration,
        serverPid: started.process.pid,
      });
      const bareRun = await runLoad({
        title: `preview bare #${run}`,
        url: targetsByName.bare,
        durationS: options.duration,
        serverPid: bare.pid,
      });
      previewRuns.push({
        api: apiRun,
        bare: bareRun,
        ratio: apiRun.requestsPerSecond / bareRun.requestsPerSecond,
      });
    }
    await bare.stop();
    processes.splice(processes.indexOf(bare), 1);

    // --- Role-map GET ----------------------------------------------------------------------
    const roleMapUrl = `${url}/api/v1/teams/${teamId}/role-map`;
    const auth = { authorization: `Bearer ${token}` };
    const roleMapRuns = await warmUpAndMeasure({
      name: 'role-map',
      url: roleMapUrl,
      headers: auth,
      warmUpS: WARMUP_S,
      runs: options.runs,
      durationS: options.duration,
      serverPid: started.process.pid,
      progress: (run) => `http: role-map run ${run}/${options.runs}`,
    });

    // --- Candidate flow --------------------------------------------------------------------
    // Enough assessments for about `duration` seconds at the target rate.
    const perRun = Math.round(options.duration * TARGETS.candidatePerSecond);
    await runCandidateFlow({
      api,
      token,
      jobRoleId: candidateRoleId,
      items,
      count: 500,
      connections: CONNECTIONS,
      seed: 99,
      db: db.client,
      label: 'warmup',
      apiPid: started.process.pid,
    });
    const candidateRuns: CandidateFlowResult[] = [];
    for (let run = 1; run <= options.runs; run++) {
      console.log(`http: candidate flow run ${run}/${options.runs} (${perRun} assessments)`);
      candidateRuns.push(
        await runCandidateFlow({
          api,
          token,
          jobRoleId: candidateRoleId,
          items,
          count: perRun,
          connections: CONNECTIONS,
          seed: 100 + run,
          db: db.client,
          label: `run${run}`,
          apiPid: started.process.pid,
        }),
      );
    }

    return report({ previewRuns, roleMapRuns, candidateRuns, sameBody, perRun, options });
  } finally {
    api?.close();
    await db.client?.end();
    for (const p of processes.reverse()) await p.stop();
    await benchEnv.dispose();
  }
}

/** The baseline must serve the same document, or the comparison means nothing. */
async function compareBodies(apiUrl: string, bareUrl: string): Promise<boolean> {
  const [a, b] = await Promise.all([
    fetch(apiUrl).then((r) => r.json()),
    fetch(bareUrl).then((r) => r.json()),
  ]);
  const same = JSON.stringify(a) === JSON.stringify(b);
  if (!same)
    throw new Error(
      `bare server body differs from the API's:\n${JSON.stringify(a)}\n${JSON.stringify(b)}`,
    );
  return same;
}

function report(input: {
  previewRuns: { api: LoadSummary; bare: LoadSummary; ratio: number }[];
  roleMapRuns: LoadSummary[];
  candidateRuns: CandidateFlowResult[];
  sameBody: boolean;
  perRun: number;
  options: BenchOptions;
}): BenchOutcome {
  const { previewRuns, roleMapRuns, candidateRuns } = input;
  printTable(
    `HTTP: GET /public/previews/:slug, ${CONNECTIONS} connections, ${input.options.duration} s per run (latency ms)`,
    LOAD_HEADERS,
    previewRuns.flatMap((r, i) => [
      loadRow(`API #${i + 1}`, r.api),
      loadRow(`bare Fastify #${i + 1}`, r.bare),
      [`ratio API/bare #${i + 1}`, round(r.ratio, 2), '', '', '', '', '', '', '', ''],
    ]),
  );
  printTable(
    `HTTP: GET /teams/:id/role-map (50 members × 5 roles), ${CONNECTIONS} connections (latency ms)`,
    LOAD_HEADERS,
    roleMapRuns.map((r, i) => loadRow(`role-map #${i + 1}`, r)),
  );
  printTable(
    `HTTP: candidate flow, PUT 60 answers + POST submit per assessment, ${CONNECTIONS} concurrent clients (ms)`,
    [
      'run',
      'assessments',
      'seconds',
      'scored/s',
      'req p50',
      'req p99',
      'PUT p99',
      'submit p99',
      'PUT+submit p99',
      'non-2xx',
      'stored',
      'API CPU ms/assessment',
      'API CPU (cores)',
    ],
    candidateRuns.map((r, i) => [
      `#${i + 1}`,
      r.assessments,
      round(r.seconds, 2),
      round(r.scoredPerSecond, 0),
      round(r.requestP50Ms, 1),
      round(r.requestP99Ms, 1),
      round(r.putP99Ms, 1),
      round(r.submitP99Ms, 1),
      round(r.assessmentP99Ms, 1),
      r.non2xx,
      r.storedScored,
      round(r.apiCpuMsPerAssessment, 2),
      round(r.apiCpuShare, 2),
    ]),
  );

  const previewRps = median(previewRuns.map((r) => r.api.requestsPerSecond));
  const bareRps = median(previewRuns.map((r) => r.bare.requestsPerSecond));
  const previewP99 = median(previewRuns.map((r) => r.api.latencyP99Ms));
  const ratio = median(previewRuns.map((r) => r.ratio));
  const apiCpu = median(previewRuns.map((r) => r.api.serverCpuUsPerRequest ?? NaN));
  const bareCpu = median(previewRuns.map((r) => r.bare.serverCpuUsPerRequest ?? NaN));
  const candidateRate = median(candidateRuns.map((r) => r.scoredPerSecond));
  const candidateP99 = median(candidateRuns.map((r) => r.requestP99Ms));
  const candidateAssessmentP99 = median(candidateRuns.map((r) => r.assessmentP99Ms));
  const roleMapRps = median(roleMapRuns.map((r) => r.requestsPerSecond));
  const roleMapP99 = median(roleMapRuns.map((r) => r.latencyP99Ms));
  const totalRequests =
    previewRuns.reduce((s, r) => s + r.api.total + r.bare.total, 0) +
    roleMapRuns.reduce((s, r) => s + r.total, 0) +
    candidateRuns.reduce((s, r) => s + 2 * r.assessments, 0);
  const targets: TargetResult[] = [
    {
      benchmark: 'http',
      target: `public preview ≥ ${TARGETS.previewRps.toLocaleString('en-US')} req/s`,
      value: `${round(previewRps, 0)} req/s`,
      met: previewRps >= TARGETS.previewRps,
      note: `median of ${previewRuns.length}`,
    },
    {
      benchmark: 'http',
      target: `public preview p99 ≤ ${TARGETS.previewP99Ms} ms`,
      value: `${previewP99} ms`,
      met: previewP99 <= TARGETS.previewP99Ms,
    },
    {
      benchmark: 'http',
      target: `public preview ≥ ${TARGETS.previewRatio}× bare Fastify`,
      value: `${round(ratio, 2)}×`,
      met: ratio >= TARGETS.previewRatio,
      note: `bare ${round(bareRps, 0)} req/s; server CPU per request ${round(apiCpu, 0)} µs vs ${round(bareCpu, 0)} µs`,
    },
    {
      benchmark: 'http',
      target: `candidate flow ≥ ${TARGETS.candidatePerSecond} scored assessments/s`,
      value: `${round(candidateRate, 0)}/s`,
      met: candidateRate >= TARGETS.candidatePerSecond,
      note: `median of ${candidateRuns.length} × ${input.perRun}`,
    },
    {
      benchmark: 'http',
      target: `candidate flow p99 ≤ ${TARGETS.candidateP99Ms} ms (per request)`,
      value: `${round(candidateP99, 1)} ms`,
      met: candidateP99 <= TARGETS.candidateP99Ms,
      note: `PUT+submit together p99 ${round(candidateAssessmentP99, 1)} ms`,
    },
    {
      benchmark: 'http',
      target: 'role-map GET, 50-member team (no target)',
      value: `${round(roleMapRps, 0)} req/s, p99 ${roleMapP99} ms`,
      met: null,
    },
    {
      benchmark: 'http',
      target: 'zero non-2xx in every run',
      value: `0 of ${totalRequests.toLocaleString('en-US')}`,
      met: true,
    },
  ];
  return {
    name: 'http',
    targets,
    data: {
      connections: CONNECTIONS,
      baseline:
        'bare Fastify 5 in its own process: the same SQL on the same PostgreSQL row, the same 5 s per-slug in-process cache, same headers and body',
      identicalBody: input.sameBody,
      preview: {
        medianRps: previewRps,
        bareMedianRps: bareRps,
        medianRatio: ratio,
        medianP99Ms: previewP99,
        runs: previewRuns,
      },
      roleMap: { medianRps: roleMapRps, medianP99Ms: roleMapP99, runs: roleMapRuns },
      candidate: {
        assessmentsPerRun: input.perRun,
        medianScoredPerSecond: candidateRate,
        medianRequestP99Ms: candidateP99,
        medianAssessmentP99Ms: candidateAssessmentP99,
        runs: candidateRuns,
      },
    },
  };
}
