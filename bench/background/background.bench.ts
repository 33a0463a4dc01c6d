import { connect, createBenchEnv } from '../lib/bench-env';
import {
  HttpClient,
  ManagedProcess,
  SeededRandom,
  sleep,
  startApi,
  startWorker,
} from '@rolefit/testkit';
import { createJobRole, createPublishedQuestionnaire, likertItems, signup } from '../lib/fixtures';
import { mapConcurrent } from '../lib/concurrency';
import type { BenchOptions } from '../lib/options';
import { memoryOf, resetPeakMemory } from '../lib/memory';
import { BenchOutcome, printTable, TargetResult } from '../lib/report';
import { median, round, since } from '../lib/stats';
import { createRoles, createTeam, randomMembers, waitForAnalyses } from '../lib/teams';
import { seedSubmissions } from './seed-submissions';

const SMALL_TEAMS = 1000;
const SMALL_MEMBERS = 12;
const ORG = { members: 5000, roles: 50, slotsPerRole: 100, leadershipRoles: 5 };
const RELIABILITY = { submissions: 10_000, items: 60 };
const TARGETS = { orgWideSeconds: 5, reliabilitySeconds: 3 };

interface SmallRun {
  analyses: number;
  requestSeconds: number;
  totalSeconds: number;
  analysesPerSecond: number;
  /** From the first analysis started to the last completed, by the database's clock. */
  workerSeconds: number;
}

interface OrgRun {
  seconds: number;
  acceptedMs: number;
  queuedMs: number;
  computeAndStoreMs: number;
  workerPeakMb: number;
  workerRssBeforeMb: number;
  workerRssAfterMb: number;
  peakReset: boolean;
  assignments: number;
  resultKb: number;
}

interface ReliabilityRun {
  seconds: number;
  computeMs: number;
  n: number;
}

/**
 * Issue 5, benchmark 3 (and issue 4's organisation-scale figure): the real API and the real
 * built worker process(es), jobs requested through the API and timed until the result is
 * stored, read straight from the database.
 */
export async function backgroundBench(options: BenchOptions): Promise<BenchOutcome> {
  const benchEnv = createBenchEnv('background', options.keep);
  const processes: ManagedProcess[] = [];
  const workers: ManagedProcess[] = [];
  let api: HttpClient | undefined;
  let db: Awaited<ReturnType<typeof connect>> | undefined;
  try {
    const started = await startApi({ env: benchEnv.env, keepChars: 100_000 });
    processes.push(started.process);
    for (let w = 0; w < options.workers; w++) {
      const worker = await startWorker({
        env: benchEnv.env,
        name: `worker ${w + 1}`,
        keepChars: 100_000,
      });
      workers.push(worker);
      processes.push(worker);
    }
    api = new HttpClient(started.url, 64);
    db = await connect(benchEnv.databaseUrl);
    const token = await signup(api);
    const rng = new SeededRandom(4);

    // --- Fixtures, through the API ----------------------------------------------------------
    console.log(`background: creating ${SMALL_TEAMS} teams of ${SMALL_MEMBERS}`);
    const smallRoles = await createRoles(api, token, 4, rng, 1);
    const smallTeams = Array.from({ length: SMALL_TEAMS }, (_, i) => ({
      name: `Small team ${i + 1}`,
      members: randomMembers(SMALL_MEMBERS, smallRoles, rng, `T${i + 1}`),
    }));
    const smallRequirements = smallRoles.slice(0, 3).map((jobRoleId) => ({ jobRoleId, slots: 4 }));
    const smallTeamIds = await mapConcurrent(smallTeams, 16, (t) =>
      createTeam(api!, token, t.name, t.members, smallRequirements),
    );

    console.log(
      `background: creating the organisation-wide team (${ORG.members} × ${ORG.roles} × ${ORG.slotsPerRole})`,
    );
    const orgRoles = await createRoles(api, token, ORG.roles, rng, ORG.leadershipRoles);
    const orgTeamId = await createTeam(
      api,
      token,
      'Whole organisation',
      randomMembers(ORG.members, orgRoles, rng),
      orgRoles.map((jobRoleId) => ({ jobRoleId, slots: ORG.slotsPerRole })),
    );

    console.log(
      `background: seeding ${RELIABILITY.submissions} submissions × ${RELIABILITY.items} items`,
    );
    const items = likertItems(RELIABILITY.items);
    const questionnaireId = await createPublishedQuestionnaire(api, token, items);
    const reliabilityRoleId = await createJobRole(api, token, {
      title: 'Reliability role',
      profile: [{ dimension: 'resilience', target: 60, weight: 1, direction: 'atLeast' }],
      questionnaireId,
    });
    const { rows: versionRows } = await db.query<{ id: string; organization_id: string }>(
      `SELECT id, organization_id FROM questionnaire_versions
        WHERE questionnaire_id = $1 AND status = 'published'`,
      [questionnaireId],
    );
    await seedSubmissions(
      db,
      {
        organizationId: versionRows[0].organization_id,
        jobRoleId: reliabilityRoleId,
        versionId: versionRows[0].id,
      },
      items,
      RELIABILITY.submissions,
      7,
    );
    await db.query('ANALYZE assessments');

    // --- 1,000 small analyses requested at once ----------------------------------------------
    const smallRuns: SmallRun[] = [];
    for (let run = 1; run <= options.runs; run++) {
      console.log(`background: ${SMALL_TEAMS} small analyses, run ${run}/${options.runs}`);
      smallRuns.push(await requestManyAtOnce(api, db, token, smallTeamIds, run > 1));
    }

    // --- Organisation-wide analysis ------------------------------------------------------------
    const orgRuns: OrgRun[] = [];
    for (let run = 1; run <= options.runs; run++) {
      console.log(`background: organisation-wide analysis, run ${run}/${options.runs}`);
      orgRuns.push(await orgWideAnalysis(api, db, token, orgTeamId, workers, run > 1));
    }

    // --- Reliability ----------------------------------------------------------------------------
    const reliabilityRuns: ReliabilityRun[] = [];
    for (let run = 1; run <= options.runs; run++) {
      console.log(`background: reliability run ${run}/${options.runs}`);
      reliabilityRuns.push(await reliabilityRun(api, db, token, questionnaireId));
    }

    return report({ smallRuns, orgRuns, reliabilityRuns, workers: options.workers });
  } finally {
    api?.close();
    await db?.end();
    for (const p of processes.reverse()) await p.stop();
    await benchEnv.dispose();
  }
}

async function requestManyAtOnce(
  api: HttpClient,
  db: NonNullable<Awaited<ReturnType<typeof connect>>>,
  token: string,
  teamIds: string[],
  force: boolean,
): Promise<SmallRun> {
  const t0 = performance.now();
  const accepted = await mapConcurrent(teamIds, teamIds.length, (teamId) =>
    api.expect<{ id: string }>(
      202,
      'POST',
      `/api/v1/teams/${teamId}/analyses${force ? '?force=true' : ''}`,
      {
        token,
      },
    ),
  );
  const requestSeconds = since(t0) / 1000;
  const ids = [...new Set(accepted.map((a) => a.id))];
  if (ids.length !== teamIds.length) {
    throw new Error(`expected ${teamIds.length} distinct analyses, got ${ids.length}`);
  }
  const timings = await waitForAnalyses(db, ids, 15 * 60_000, 50);
  const totalSeconds = since(t0) / 1000;
  const firstStart = Math.min(...timings.map((t) => t.startedAt!.getTime()));
  const lastDone = Math.max(...timings.map((t) => t.completedAt!.getTime()));
  return {
    analyses: ids.length,
    requestSeconds,
    totalSeconds,
    analysesPerSecond: ids.length / totalSeconds,
    workerSeconds: (lastDone - firstStart) / 1000,
  };
}

async function orgWideAnalysis(
  api: HttpClient,
  db: NonNullable<Awaited<ReturnType<typeof connect>>>,
  token: string,
  teamId: string,
  workers: ManagedProcess[],
  force: boolean,
): Promise<OrgRun> {
  // Let the workers settle (GC, idle) so the peak below belongs to this analysis.
  await sleep(1000);
  const peakReset = workers.every((w) => resetPeakMemory(w.pid));
  const before = workers.map((w) => memoryOf(w.pid));
  const t0 = performance.now();
  const accepted = await api.expect<{ id: string }>(
    202,
    'POST',
    `/api/v1/teams/${teamId}/analyses${force ? '?force=true' : ''}`,
    { token },
  );
  const acceptedMs = since(t0);
  const [timing] = await waitForAnalyses(db, [accepted.id], 5 * 60_000, 10);
  const seconds = since(t0) / 1000;
  const memory = workers.map((w) => memoryOf(w.pid));
  const { rows } = await db.query<{ assignments: number; kb: number }>(
    `SELECT jsonb_array_length(result->'assignment') AS assignments,
            pg_column_size(result) / 1024 AS kb
       FROM team_analyses WHERE id = $1`,
    [accepted.id],
  );
  if (rows[0].assignments !== ORG.members) {
    throw new Error(`organisation-wide analysis assigned ${rows[0].assignments} of ${ORG.members}`);
  }
  return {
    seconds,
    acceptedMs,
    queuedMs: timing.startedAt!.getTime() - timing.createdAt.getTime(),
    computeAndStoreMs: timing.completedAt!.getTime() - timing.startedAt!.getTime(),
    workerPeakMb: Math.max(...memory.map((m) => m.peakMb)),
    workerRssBeforeMb: Math.max(...before.map((m) => m.rssMb)),
    workerRssAfterMb: Math.max(...memory.map((m) => m.rssMb)),
    peakReset,
    assignments: rows[0].assignments,
    resultKb: rows[0].kb,
  };
}

async function reliabilityRun(
  api: HttpClient,
  db: NonNullable<Awaited<ReturnType<typeof connect>>>,
  token: string,
  questionnaireId: string,
): Promise<ReliabilityRun> {
  const t0 = performance.now();
  const accepted = await api.expect<{ id: string }>(
    202,
    'POST',
    `/api/v1/questionnaires/${questionnaireId}/reliability`,
    { token },
  );
  const deadline = Date.now() + 5 * 60_000;
  for (;;) {
    const { rows } = await db.query<{
      status: string;
      error: string | null;
      n: number;
      duration_ms: number;
    }>(`SELECT status, error, n, duration_ms FROM reliability_runs WHERE id = $1`, [accepted.id]);
    const row = rows[0];
    if (row?.status === 'failed') throw new Error(`reliability run failed: ${row.error}`);
    if (row?.status === 'completed') {
      if (row.n !== RELIABILITY.submissions) {
        throw new Error(`reliability covered ${row.n} of ${RELIABILITY.submissions} submissions`);
      }
      return { seconds: since(t0) / 1000, computeMs: row.duration_ms, n: row.n };
    }
    if (Date.now() > deadline) throw new Error('reliability run did not complete in time');
    await sleep(10);
  }
}

function report(input: {
  smallRuns: SmallRun[];
  orgRuns: OrgRun[];
  reliabilityRuns: ReliabilityRun[];
  workers: number;
}): BenchOutcome {
  const { smallRuns, orgRuns, reliabilityRuns } = input;
  printTable(
    `Background: ${SMALL_TEAMS} analyses of ${SMALL_MEMBERS}-member teams requested at once (${input.workers} worker process${input.workers === 1 ? '' : 'es'})`,
    [
      'run',
      'analyses',
      'requests sent (s)',
      'all completed (s)',
      'analyses/s',
      'worker first start → last done (s)',
    ],
    smallRuns.map((r, i) => [
      `#${i + 1}`,
      r.analyses,
      round(r.requestSeconds, 2),
      round(r.totalSeconds, 2),
      round(r.analysesPerSecond, 1),
      round(r.workerSeconds, 2),
    ]),
  );
  printTable(
    `Background: organisation-wide analysis ${ORG.members.toLocaleString('en-US')} members × ${ORG.roles} roles × ${ORG.slotsPerRole} slots, request → stored result`,
    [
      'run',
      'total (s)',
      '202 after (ms)',
      'created → started (ms)',
      'started → completed_at (ms)',
      'worker RSS before (MiB)',
      'worker peak RSS (MiB)',
      'worker RSS after (MiB)',
      'result (KiB)',
    ],
    orgRuns.map((r, i) => [
      `#${i + 1}`,
      round(r.seconds, 2),
      round(r.acceptedMs, 0),
      r.queuedMs,
      r.computeAndStoreMs,
      round(r.workerRssBeforeMb, 0),
      round(r.workerPeakMb, 0),
      round(r.workerRssAfterMb, 0),
      r.resultKb,
    ]),
  );
  printTable(
    `Background: reliability over ${RELIABILITY.submissions.toLocaleString('en-US')} submissions × ${RELIABILITY.items} items, request → stored result`,
    ['run', 'total (s)', 'computation in the worker (ms)', 'n'],
    reliabilityRuns.map((r, i) => [`#${i + 1}`, round(r.seconds, 2), r.computeMs, r.n]),
  );

  const smallRate = median(smallRuns.map((r) => r.analysesPerSecond));
  const orgSeconds = median(orgRuns.map((r) => r.seconds));
  const orgPeak = Math.max(...orgRuns.map((r) => r.workerPeakMb));
  const reliabilitySeconds = median(reliabilityRuns.map((r) => r.seconds));
  const targets: TargetResult[] = [
    {
      benchmark: 'background',
      target: `${SMALL_TEAMS.toLocaleString('en-US')} small analyses requested at once all complete`,
      value: `all ${SMALL_TEAMS.toLocaleString('en-US')}, ${round(smallRate, 1)} analyses/s`,
      met: smallRuns.every((r) => r.analyses === SMALL_TEAMS),
      note: `median of ${smallRuns.length}`,
    },
    {
      benchmark: 'background',
      target: `organisation-wide 5,000 × 50 × 100, request → stored ≤ ${TARGETS.orgWideSeconds} s`,
      value: `${round(orgSeconds, 2)} s`,
      met: orgSeconds <= TARGETS.orgWideSeconds,
      note: `median of ${orgRuns.length}; worker peak RSS ${round(orgPeak, 0)} MiB`,
    },
    {
      benchmark: 'background',
      target: `reliability 10,000 × 60, request → stored ≤ ${TARGETS.reliabilitySeconds} s`,
      value: `${round(reliabilitySeconds, 2)} s`,
      met: reliabilitySeconds <= TARGETS.reliabilitySeconds,
      note: `median of ${reliabilityRuns.length}; computation ${median(reliabilityRuns.map((r) => r.computeMs))} ms`,
    },
  ];
  return {
    name: 'background',
    targets,
    data: {
      workers: input.workers,
      smallTeams: {
        teams: SMALL_TEAMS,
        members: SMALL_MEMBERS,
        roles: 3,
        slotsPerRole: 4,
        medianAnalysesPerSecond: smallRate,
        runs: smallRuns,
      },
      orgWide: { ...ORG, medianSeconds: orgSeconds, maxWorkerPeakMb: orgPeak, runs: orgRuns },
      reliability: { ...RELIABILITY, medianSeconds: reliabilitySeconds, runs: reliabilityRuns },
    },
  };
}
