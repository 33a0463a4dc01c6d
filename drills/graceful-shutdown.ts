import {
  describeExit,
  type HttpResult,
  json,
  type ManagedProcess,
  newAgent,
  outcomeKey,
  seededRandom,
  sleep,
  waitFor,
} from '@rolefit/testkit';
import type { Drill } from './drill';
import { analysisRows, completionLog, jobInfo } from './support/analyses';
import { ApiClient, buildTeam, memberProfile } from './support/api';
import type { DrillContext } from './support/context';
import type { ResultBuilder } from './support/report';
import { ResultBuilder as Builder } from './support/report';
import { log } from './support/log';
import { Tally } from './support/tally';

const GET_CLIENTS = 12;
const POST_CLIENTS = 4;
const LOAD_BEFORE_MS = 2_000;
const BULK_MEMBERS = 5000;
/** "Within a few seconds": the API must be gone this long after SIGTERM. */
const API_EXIT_MS = 10_000;
/** The worker may finish its job first; an organisation-wide solve takes about a second. */
const WORKER_EXIT_MS = 30_000;

interface Sent {
  id: string;
  kind: 'GET' | 'POST' | 'BULK';
  res: HttpResult;
  /** POST member name (to look it up in the database). */
  name?: string;
}

/** Request ids the API handled, from its pino-http lines ("request completed" etc.). */
function loggedRequests(proc: ManagedProcess): Map<string, string> {
  const seen = new Map<string, string>();
  for (const line of proc.lines()) {
    if (!line.startsWith('{') || !line.includes('"req":')) continue;
    try {
      const entry = JSON.parse(line) as { req?: { id?: string }; msg?: string };
      if (entry.req?.id) seen.set(entry.req.id, entry.msg ?? '');
    } catch {
      // Not a log line of ours.
    }
  }
  return seen;
}

/**
 * Part 1: SIGTERM to the API while clients hammer a GET and POST members, with a 5,000-member
 * bulk import in flight. Every request the API had accepted must get its response; every
 * acknowledged POST must be stored; the process must exit 0 within a few seconds.
 */
async function apiUnderLoad(ctx: DrillContext, r: ResultBuilder): Promise<void> {
  const redis = await ctx.redis();
  const { proc: apiProc, base } = await ctx.api('api-1', redis);
  const pool = ctx.pool();
  const admin = await ApiClient.signup(base, 'Graceful shutdown drill');
  const teamId = await admin.createTeam('Shutdown team');
  const rand = seededRandom(5);
  await admin.addMembers(
    teamId,
    Array.from({ length: 50 }, (_, i) => ({ name: `Seed ${i}`, profile: memberProfile(rand) })),
  );

  const client = new ApiClient(base, admin.token, newAgent(GET_CLIENTS + POST_CLIENTS + 2));
  const sent: Sent[] = [];
  let seq = 0;
  let loading = true;
  const deadline = Date.now() + 60_000;
  const loop = async (kind: 'GET' | 'POST') => {
    while (loading && Date.now() < deadline) {
      const id = `drill-${kind.toLowerCase()}-${seq++}`;
      if (kind === 'GET') {
        const res = await client.request('GET', `/teams/${teamId}/members?pageSize=50`, undefined, {
          requestId: id,
        });
        sent.push({ id, kind, res });
      } else {
        const name = `Shutdown member ${id}`;
        const res = await client.request(
          'POST',
          `/teams/${teamId}/members`,
          { name, profile: memberProfile(rand) },
          { requestId: id },
        );
        sent.push({ id, kind, res, name });
        await sleep(10);
      }
      // Once the API stops listening, connections are refused: one is enough to show it.
      if (sent[sent.length - 1].res.error === 'ECONNREFUSED' || !apiProc.running) break;
    }
  };
  const loops = [
    ...Array.from({ length: GET_CLIENTS }, () => loop('GET')),
    ...Array.from({ length: POST_CLIENTS }, () => loop('POST')),
  ];
  await sleep(LOAD_BEFORE_MS);

  // A slow request in flight at the moment of SIGTERM: a 5,000-member bulk import.
  const bulk = Array.from({ length: BULK_MEMBERS }, (_, i) => ({
    name: `Bulk ${i}`,
    profile: memberProfile(rand),
  }));
  const bulkDone = client
    .request('POST', `/teams/${teamId}/members`, { members: bulk }, { requestId: 'drill-bulk' })
    .then((res) => sent.push({ id: 'drill-bulk', kind: 'BULK', res }));
  await sleep(150);
  const before = sent.length;
  log(`SIGTERM to the API with ${before} requests done and a bulk import in flight`);
  const sigtermAt = Date.now();
  const stopped = await apiProc.stop('SIGTERM', API_EXIT_MS);
  loading = false;
  await Promise.all([...loops, bulkDone]);
  log(`API exited (${describeExit(stopped.exit)}) ${stopped.ms} ms after SIGTERM`);

  // What the API itself says it handled, joined with what each client saw.
  const handled = loggedRequests(apiProc);
  const { rows } = await pool.query<{ name: string }>(
    `SELECT name FROM team_members WHERE team_id = $1`,
    [teamId],
  );
  const stored = new Set(rows.map((row) => row.name));
  const statuses = new Tally();
  const droppedAccepted: string[] = [];
  const droppedUnaccepted = new Tally();
  let acked = 0;
  let ackedStored = 0;
  for (const s of sent) {
    statuses.add(`${s.kind === 'BULK' ? 'bulk ' : ''}${outcomeKey(s.res)}`);
    const ok = s.res.status !== undefined && s.res.status >= 200 && s.res.status < 300;
    if (s.kind === 'POST' && ok) {
      acked++;
      if (stored.has(s.name!)) ackedStored++;
    }
    if (s.kind === 'BULK' && ok) {
      acked += BULK_MEMBERS;
      ackedStored += bulk.filter((m) => stored.has(m.name)).length;
    }
    if (s.res.status === undefined && s.res.error !== 'ECONNREFUSED') {
      // No response. Accepted means the API handled it (logged it, or stored the member).
      const accepted =
        handled.has(s.id) ||
        (s.kind === 'POST' && stored.has(s.name!)) ||
        (s.kind === 'BULK' && stored.has('Bulk 0'));
      if (accepted) droppedAccepted.push(`${s.id} ${s.res.error}`);
      else
        droppedUnaccepted.add(`${s.res.error}${s.res.reusedSocket ? ' (kept-alive socket)' : ''}`);
    }
  }
  const bulkRes = sent.find((s) => s.kind === 'BULK')?.res;
  // Requests on the wire when SIGTERM arrived, and how they ended.
  const inFlight = sent.filter(
    (s) => s.res.startedAt < sigtermAt && s.res.startedAt + s.res.ms >= sigtermAt,
  );
  const inFlightEnds = new Tally();
  for (const s of inFlight) inFlightEnds.add(outcomeKey(s.res));
  r.accepted += acked;
  r.persisted += ackedStored;
  r.lost += acked - ackedStored;
  r.statuses = statuses.toString();
  r.check(
    'API: every acknowledged POST is stored',
    acked === ackedStored,
    `${ackedStored}/${acked} members (incl. bulk)`,
  );
  r.check(
    'API: the bulk import was still in flight at SIGTERM',
    !!bulkRes && bulkRes.startedAt + bulkRes.ms >= sigtermAt,
    bulkRes
      ? `answered ${Math.round(bulkRes.startedAt + bulkRes.ms - sigtermAt)} ms after SIGTERM`
      : '-',
  );
  r.check(
    'API: the in-flight bulk import finished (201, all stored)',
    bulkRes?.status === 201 && bulk.every((m) => stored.has(m.name)),
    `${bulkRes ? outcomeKey(bulkRes) : 'not sent'}, ${bulk.filter((m) => stored.has(m.name)).length} stored`,
  );
  r.check(
    'API: no accepted request lost its response (reset/aborted)',
    droppedAccepted.length === 0,
    droppedAccepted.length ? droppedAccepted.slice(0, 5).join(', ') : '0',
  );
  r.check(
    'API: no 500s',
    !sent.some((s) => s.res.status !== undefined && s.res.status >= 500 && s.res.status !== 503),
    statuses.toString(),
  );
  r.check(
    `API: exited 0 within ${API_EXIT_MS / 1000} s of SIGTERM`,
    !stopped.forced && stopped.exit.code === 0,
    `${describeExit(stopped.exit)} after ${stopped.ms} ms${stopped.forced ? ' (had to SIGKILL)' : ''}`,
  );
  r.figure('API requests', `${sent.length} (${before} answered before SIGTERM)`);
  r.figure('API: in flight at SIGTERM', `${inFlight.length}: ${inFlightEnds.toString()}`);
  r.figure('API: no response, never reached the app', droppedUnaccepted.toString());
}

/**
 * Part 2: SIGTERM to the worker while it solves an organisation-wide analysis: it finishes
 * the job before exiting or hands it back; a new worker completes it, once.
 */
async function workerMidJob(ctx: DrillContext, r: ResultBuilder): Promise<void> {
  const redis = await ctx.redis();
  const { base } = await ctx.api('api-2', redis);
  const workers: ManagedProcess[] = [await ctx.worker('worker-1', redis)];
  const pool = ctx.pool();
  const api = await ApiClient.signup(base, 'Worker shutdown drill');
  const { teamId } = await buildTeam(api, { members: 5000, roles: 50, slots: 100, seed: 23 });

  const res = await api.request('POST', `/teams/${teamId}/analyses`);
  if (res.status !== 202) throw new Error(`analysis request: ${res.status} ${res.body}`);
  r.accepted++;
  const id = json<{ id: string }>(res).id;
  const seen = await waitFor(
    async () => {
      const row = (await analysisRows(pool, [id])).get(id);
      return row && row.status !== 'queued' ? row : undefined;
    },
    60_000,
    10,
    `analysis ${id} to run`,
  );
  await sleep(200);
  const atSignal = (await analysisRows(pool, [id])).get(id)!;
  const stopped = await workers[0].stop('SIGTERM', WORKER_EXIT_MS);
  const atExit = (await analysisRows(pool, [id])).get(id)!;
  const outcome =
    atExit.status === 'completed'
      ? 'finished the job before exiting'
      : `handed it back (${atExit.status})`;
  log(
    `worker-1 SIGTERMed (analysis ${atSignal.status}); exited ${describeExit(stopped.exit)} after ${stopped.ms} ms: ${outcome}`,
  );

  workers.push(await ctx.worker('worker-2', redis));
  const done = await waitFor(
    async () => {
      const row = (await analysisRows(pool, [id])).get(id);
      return row?.status === 'completed' || row?.status === 'failed' ? row : undefined;
    },
    120_000,
    100,
    `analysis ${id} to complete`,
  );
  // Long enough for a stalled copy of the job to be picked up again (lock 10 s + check 5 s).
  await sleep(16_000);
  const final = (await analysisRows(pool, [id])).get(id)!;
  const lines = completionLog(workers).get(id) ?? { completed: 0, alreadyCompleted: 0 };
  r.persisted += final.status === 'completed' ? 1 : 0;
  r.lost += final.status === 'completed' ? 0 : 1;
  r.duplicates += Math.max(0, lines.completed - 1) + lines.alreadyCompleted;
  r.check(
    'worker: SIGTERM landed while the analysis was running',
    seen.status === 'running' && atSignal.status === 'running',
    `status ${atSignal.status}, progress ${atSignal.progress}%`,
  );
  r.check(
    `worker: exited cleanly within ${WORKER_EXIT_MS / 1000} s of SIGTERM`,
    !stopped.forced && stopped.exit.code === 0,
    `${describeExit(stopped.exit)} after ${stopped.ms} ms; ${outcome}`,
  );
  r.check(
    'worker: the analysis completed',
    final.status === 'completed',
    `status ${final.status}, attempts ${final.attempts}`,
  );
  r.check(
    'worker: computed once (one "completed" log line across both workers)',
    lines.completed === 1 && lines.alreadyCompleted === 0,
    `completed ${lines.completed}, already-completed ${lines.alreadyCompleted}`,
  );
  r.check(
    'worker: result written once (completed_at unchanged 16 s later)',
    final.completed_at?.getTime() === done.completed_at?.getTime(),
    done.completed_at?.toISOString() ?? '',
  );
  r.figure('worker: BullMQ job', await jobInfo(redis.url, `drill-${ctx.runId}`, id));
}

export const gracefulShutdown: Drill = {
  name: 'graceful-shutdown',
  description: 'SIGTERM the API under load and the worker mid-analysis; nothing dropped',
  async run(ctx) {
    const r = new Builder(this.name);
    await apiUnderLoad(ctx, r);
    await workerMidJob(ctx, r);
    return r.build();
  },
};
