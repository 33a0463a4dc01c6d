import { httpRequest, json, newAgent, outcomeKey, sleep, waitFor } from '@rolefit/testkit';
import type { Drill } from './drill';
import { analysisRows, completionLog } from './support/analyses';
import { ApiClient, buildTeam } from './support/api';
import { ResultBuilder } from './support/report';
import { log } from './support/log';
import { Tally } from './support/tally';

const OUTAGE_MS = Number(process.env.DRILL_REDIS_OUTAGE_MS) || 30_000;
const BEFORE_MS = 6_000;
const AFTER_MS = 8_000;
const TEAMS = 6;
const CLIENTS = 2;
const PAUSE_MS = 300;
const BURST = 40;
/** Readiness may take this long to notice Redis left or came back (ping timeout, reconnect). */
const READY_GRACE_MS = 3_000;

interface Probe {
  at: number;
  live: string;
  ready: string;
}

/**
 * Redis is stopped for 30 s while clients keep requesting analyses: the API stays live,
 * readiness reports Redis down, and every accepted analysis completes once Redis is back,
 * none twice.
 */
export const redisOutage: Drill = {
  name: 'redis-outage',
  description: `stop Redis for ${OUTAGE_MS / 1000} s under analysis requests; all complete, once`,
  async run(ctx) {
    const r = new ResultBuilder(this.name);
    // DRILL_REDIS_DURABLE=0 runs Redis without persistence (what a stop then does to queues).
    const durable = process.env.DRILL_REDIS_DURABLE !== '0';
    const redis = await ctx.redis(durable);
    r.figure('redis persistence', durable ? 'appendonly yes, appendfsync everysec' : 'none');
    const { base } = await ctx.api('api', redis);
    const worker = await ctx.worker('worker-1', redis);
    const pool = ctx.pool();
    const api = await ApiClient.signup(base, 'Redis outage drill');
    const teams: string[] = [];
    let roleIds: string[] | undefined;
    for (let i = 0; i < TEAMS; i++) {
      const team = await buildTeam(api, {
        members: 30,
        roles: 3,
        slots: 8,
        seed: 100 + i,
        roleIds,
      });
      roleIds = team.roleIds;
      teams.push(team.teamId);
    }

    // Liveness and readiness, probed every 250 ms for the whole drill.
    const probes: Probe[] = [];
    const probeAgent = newAgent(2);
    let probing = true;
    const prober = (async () => {
      const deadline = Date.now() + BEFORE_MS + OUTAGE_MS + AFTER_MS + 120_000;
      while (probing && Date.now() < deadline) {
        const at = Date.now();
        const [live, ready] = await Promise.all(
          ['live', 'ready'].map((p) =>
            httpRequest({
              base,
              method: 'GET',
              path: `/api/v1/health/${p}`,
              agent: probeAgent,
              timeoutMs: 5000,
            }),
          ),
        );
        probes.push({ at, live: outcomeKey(live), ready: outcomeKey(ready) });
        await sleep(250);
      }
    })();

    // Clients requesting analyses (force=true: every request is a new analysis).
    const statuses = new Tally();
    const accepted = new Set<string>();
    let requests = 0;
    let loading = true;
    const client = async (c: number) => {
      const deadline = Date.now() + BEFORE_MS + OUTAGE_MS + AFTER_MS + 30_000;
      for (let i = 0; loading && Date.now() < deadline; i++) {
        const teamId = teams[(c + i * CLIENTS) % teams.length];
        const res = await api.request('POST', `/teams/${teamId}/analyses?force=true`, undefined, {
          timeoutMs: 15_000,
        });
        requests++;
        statuses.add(outcomeKey(res));
        if (res.status === 202) accepted.add(json<{ id: string }>(res).id);
        await sleep(PAUSE_MS);
      }
    };
    const clients = Array.from({ length: CLIENTS }, (_, c) => client(c));

    await sleep(BEFORE_MS);
    // A burst just before the stop, so jobs are waiting IN Redis when it goes (not only in
    // the outbox): those must survive the outage too.
    const burst = await Promise.all(
      Array.from({ length: BURST }, (_, i) =>
        api.request('POST', `/teams/${teams[i % teams.length]}/analyses?force=true`),
      ),
    );
    for (const res of burst) {
      requests++;
      statuses.add(outcomeKey(res));
      if (res.status === 202) accepted.add(json<{ id: string }>(res).id);
    }
    await sleep(300);
    const {
      rows: [inRedis],
    } = await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM team_analyses a
         JOIN outbox_messages o ON o.job_id = 'team-analysis-' || a.id
        WHERE a.id = ANY($1::uuid[]) AND a.status = 'queued' AND o.dispatched_at IS NOT NULL`,
      [[...accepted]],
    );
    const stopAt = Date.now();
    await redis.stop();
    const stoppedAt = Date.now();
    const acceptedAtStop = accepted.size;
    log(
      `redis stopped (${accepted.size} analyses accepted so far); down for ${OUTAGE_MS / 1000} s`,
    );
    await sleep(OUTAGE_MS);
    const startAt = Date.now();
    const acceptedWhileDown = accepted.size - acceptedAtStop;
    await redis.start();
    const startedAt = Date.now();
    log(`redis started again after ${startAt - stoppedAt} ms down`);
    await sleep(AFTER_MS);
    loading = false;
    await Promise.all(clients);
    r.accepted = accepted.size;
    log(`${requests} requests, ${accepted.size} accepted; waiting for all to complete`);

    const ids = [...accepted];
    let rows = await analysisRows(pool, ids);
    const drainStart = Date.now();
    try {
      await waitFor(
        async () => {
          rows = await analysisRows(pool, ids);
          const open = ids.filter(
            (id) => !['completed', 'failed'].includes(rows.get(id)?.status ?? ''),
          );
          return open.length === 0 ? true : undefined;
        },
        120_000,
        500,
        'every accepted analysis to complete',
      );
    } catch (error) {
      log((error as Error).message);
    }
    r.figure('all completed', `${Date.now() - startedAt} ms after Redis was back`);
    // Long enough for a stalled job to be re-run (lock 10 s + stalled check 5 s) and show.
    await sleep(Math.max(0, 16_000 - (Date.now() - drainStart)));
    probing = false;
    await prober;
    rows = await analysisRows(pool, ids);

    const completed = ids.filter((id) => rows.get(id)?.status === 'completed');
    const lines = completionLog([worker]);
    const computedTwice = ids.filter((id) => {
      const c = lines.get(id);
      return c && (c.completed > 1 || c.alreadyCompleted > 0);
    });
    const retried = ids.filter((id) => (rows.get(id)?.attempts ?? 0) > 1);
    r.persisted = completed.length;
    r.lost = r.accepted - r.persisted;
    r.duplicates = computedTwice.length;
    r.statuses = statuses.toString();

    const live = new Tally();
    const readyDown = new Tally();
    const readyUp = new Tally();
    const readyBefore = new Tally();
    for (const p of probes) {
      live.add(p.live);
      if (p.at < stopAt) readyBefore.add(p.ready);
      else if (p.at >= stoppedAt + READY_GRACE_MS && p.at < startAt) readyDown.add(p.ready);
      else if (p.at >= startedAt + READY_GRACE_MS) readyUp.add(p.ready);
    }
    r.check(
      'every analysis request answered 202 (none 5xx)',
      statuses.get(202) === requests,
      statuses.toString(),
    );
    r.check(
      'API live throughout (/health/live 200)',
      live.get(200) === live.total() && live.total() > 0,
      live.toString(),
    );
    r.check(
      'ready before the outage',
      readyBefore.get(200) === readyBefore.total(),
      readyBefore.toString(),
    );
    r.check(
      'not ready while Redis is down (/health/ready 503)',
      readyDown.get(503) === readyDown.total() && readyDown.total() > 0,
      readyDown.toString(),
    );
    r.check(
      'ready again after Redis is back',
      readyUp.get(200) === readyUp.total() && readyUp.total() > 0,
      readyUp.toString(),
    );
    r.check(
      'every accepted analysis completed',
      r.lost === 0,
      `${completed.length}/${r.accepted}` +
        (r.lost
          ? `; not completed: ${ids
              .filter((id) => !completed.includes(id))
              .slice(0, 5)
              .join(', ')}`
          : ''),
    );
    r.check(
      'none computed twice (one completion log line per analysis)',
      computedTwice.length === 0 && completed.every((id) => lines.get(id)?.completed === 1),
      `${completed.filter((id) => lines.get(id)?.completed === 1).length} of ${completed.length} completed with exactly one, ${computedTwice.length} twice`,
    );
    r.figure('accepted while Redis was down', acceptedWhileDown);
    r.figure('jobs waiting in Redis when it stopped', inRedis.n);
    r.figure('analyses with attempts > 1', retried.length);
    r.figure('outage', `${startAt - stoppedAt} ms (stop took ${stoppedAt - stopAt} ms)`);
    return r.build();
  },
};
