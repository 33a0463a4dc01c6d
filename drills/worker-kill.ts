import { json, type ManagedProcess, sleep, waitFor } from '@rolefit/testkit';
import type { Drill } from './drill';
import { analysisRows, completionLog, jobInfo } from './support/analyses';
import { ApiClient, buildTeam } from './support/api';
import { ResultBuilder } from './support/report';
import { log } from './support/log';

const MEMBERS = Number(process.env.DRILL_ORG_MEMBERS) || 5000;
const ROLES = 50;
const SLOTS = 100;
/** How many fresh analyses to try if one finishes before it could be killed. */
const KILL_TRIES = 3;
/** Longer than the lock (10 s) plus the stalled-check interval (5 s): any re-run shows. */
const SETTLE_MS = 16_000;

/**
 * The worker is SIGKILLed in the middle of an organisation-wide analysis (5,000 members ×
 * 50 roles × 100 slots); a new worker must finish it exactly once.
 */
export const workerKill: Drill = {
  name: 'worker-kill',
  description: `SIGKILL the worker mid-analysis (${MEMBERS} × ${ROLES} × ${SLOTS}); it completes once`,
  async run(ctx) {
    const r = new ResultBuilder(this.name);
    const redis = await ctx.redis();
    const { base } = await ctx.api('api', redis);
    // Every worker process of the drill, dead or alive: completions are counted across all.
    const workers: ManagedProcess[] = [await ctx.worker('worker-1', redis)];
    let current = workers[0];
    const ids: string[] = [];
    const pool = ctx.pool();
    const api = await ApiClient.signup(base, 'Worker kill drill');
    let t = Date.now();
    const { teamId } = await buildTeam(api, {
      members: MEMBERS,
      roles: ROLES,
      slots: SLOTS,
      seed: 11,
    });
    log(
      `team of ${MEMBERS} members × ${ROLES} roles × ${SLOTS} slots built in ${Date.now() - t} ms`,
    );

    // Request, wait until the worker has it running, SIGKILL. If it finishes before the kill
    // lands, that analysis proves nothing: try a fresh one (force=true).
    let id = '';
    let killedWhile = '';
    for (let attempt = 1; attempt <= KILL_TRIES && !killedWhile; attempt++) {
      const res = await api.request('POST', `/teams/${teamId}/analyses?force=true`);
      if (res.status !== 202) throw new Error(`analysis request: ${res.status} ${res.body}`);
      r.accepted++;
      id = json<{ id: string }>(res).id;
      ids.push(id);
      t = Date.now();
      const seen = await waitFor(
        async () => {
          const row = (await analysisRows(pool, [id])).get(id);
          return row && row.status !== 'queued' ? row : undefined;
        },
        60_000,
        10,
        `analysis ${id} to run`,
      );
      if (seen.status !== 'running') {
        log(`analysis ${id} was already ${seen.status} when seen; trying a fresh one`);
        continue;
      }
      // A moment into the solve, so the kill lands mid-computation rather than at its start.
      await sleep(Number(process.env.DRILL_KILL_DELAY_MS ?? 300));
      const before = (await analysisRows(pool, [id])).get(id)!;
      await current.kill();
      const after = (await analysisRows(pool, [id])).get(id)!;
      if (after.status === 'completed') {
        log(`analysis ${id} completed before the kill landed; trying a fresh one`);
        current = await ctx.worker(`worker-${workers.length + 1}`, redis);
        workers.push(current);
        continue;
      }
      killedWhile = `${before.status}, progress ${before.progress}%, ${Date.now() - t} ms after the request`;
      log(`${current.name} SIGKILLed with analysis ${id} ${killedWhile}`);
    }
    r.check('worker killed while the analysis was running', !!killedWhile, killedWhile || 'never');

    const restarted = Date.now();
    workers.push(await ctx.worker(`worker-${workers.length + 1}`, redis));
    const done = await waitFor(
      async () => {
        const row = (await analysisRows(pool, [id])).get(id);
        if (row?.status === 'failed') return row;
        return row?.status === 'completed' ? row : undefined;
      },
      120_000,
      100,
      `analysis ${id} to complete`,
    );
    r.figure('completed after restart', `${Date.now() - restarted} ms`);
    const firstCompletedAt = done.completed_at?.toISOString() ?? '';
    log(`analysis ${id} ${done.status}; waiting ${SETTLE_MS} ms for any second run`);
    await sleep(SETTLE_MS);

    const rows = await analysisRows(pool, ids);
    const final = rows.get(id)!;
    const {
      rows: [stored],
    } = await pool.query<{ members: number; assigned: number }>(
      `SELECT jsonb_array_length(result->'members') AS members,
              jsonb_array_length(result->'assignment') AS assigned
         FROM team_analyses WHERE id = $1`,
      [id],
    );
    const log_ = completionLog(workers);
    const lines = log_.get(id) ?? { completed: 0, alreadyCompleted: 0 };
    // Earlier analyses (finished before a kill could land) count too: they must be done, once.
    r.persisted = ids.filter((i) => rows.get(i)?.status === 'completed').length;
    r.lost = r.accepted - r.persisted;
    r.duplicates = ids.reduce((sum, i) => {
      const c = log_.get(i) ?? { completed: 0, alreadyCompleted: 0 };
      return sum + Math.max(0, c.completed - 1) + c.alreadyCompleted;
    }, 0);
    r.statuses = `202×${r.accepted}`;
    r.check('analysis completed', final.status === 'completed', `status ${final.status}`);
    r.check(
      'attempts recorded (killed run + re-run)',
      final.attempts >= 2,
      `attempts ${final.attempts}`,
    );
    r.check(
      'exactly one "completed" log line across all workers',
      lines.completed === 1 && lines.alreadyCompleted === 0,
      `completed ${lines.completed}, already-completed ${lines.alreadyCompleted}`,
    );
    r.check(
      `result written once (completed_at unchanged ${SETTLE_MS / 1000} s later)`,
      final.completed_at?.toISOString() === firstCompletedAt,
      firstCompletedAt,
    );
    r.check(
      `result covers every member`,
      stored?.members === MEMBERS && stored?.assigned === Math.min(MEMBERS, ROLES * SLOTS),
      `${stored?.members} members, ${stored?.assigned} assigned`,
    );
    r.figure('BullMQ job', await jobInfo(redis.url, `drill-${ctx.runId}`, id));
    r.figure('analysis', id);
    return r.build();
  },
};
