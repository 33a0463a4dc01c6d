import { type HttpResult, outcomeKey, sleep, waitFor } from '@rolefit/testkit';
import type { Drill } from './drill';
import type { Pool } from 'pg';
import { analysisRows } from './support/analyses';
import { ApiClient, buildTeam } from './support/api';
import { ResultBuilder } from './support/report';
import { log } from './support/log';
import { Tally } from './support/tally';
import { MembersWorkload } from './workloads/members';
import { SubmissionsWorkload } from './workloads/submissions';
import type { Send, WriteWorkload } from './workloads/workload';

const CLIENTS = 6;
const BEFORE_MS = 3_000;
/** Load between and after restarts. */
const BETWEEN_MS = 4_000;
/** One restart is the drill; a few in a row catch more of the races around it. */
const RESTARTS = Number(process.env.DRILL_PG_RESTARTS) || 3;
/** Requests started this long after a restart returned must all succeed. */
const RECOVERY_MS = 2_000;
const MAX_RETRIES = 60;
/** Clients honour Retry-After, but wait at most this long, to keep the drill short. */
const MAX_RETRY_WAIT_MS = 500;

/** Submissions when the API has the candidate routes (per /docs-json), else member creation. */
async function chooseWorkload(requested: string | undefined, base: string): Promise<WriteWorkload> {
  if (requested === 'members') return new MembersWorkload();
  if (requested && requested !== 'submissions') throw new Error(`unknown workload ${requested}`);
  const docs = await new ApiClient(base).request('GET', '/../../docs-json');
  const paths =
    docs.status === 200 ? Object.keys((JSON.parse(docs.body) as { paths: object }).paths) : [];
  const hasCandidateRoutes =
    paths.some((p) => p.endsWith('/candidate/assessments/{token}/answers')) &&
    paths.some((p) => p.endsWith('/candidate/assessments/{token}/submit'));
  if (hasCandidateRoutes) return new SubmissionsWorkload();
  if (requested === 'submissions') throw new Error('the API has no candidate routes yet');
  log('candidate routes not in /docs-json yet: falling back to the members workload');
  return new MembersWorkload();
}

interface Seen {
  at: number;
  key: string;
  retryAfter?: string;
}

/**
 * PostgreSQL (the drills' own cluster) restarts with `pg_ctl restart -m fast` while
 * candidates submit: every acknowledged write is stored, clients see 503 with Retry-After
 * during the outage and never a 500, and the API recovers by itself.
 */
export const postgresRestart: Drill = {
  name: 'postgres-restart',
  description: `pg_ctl restart -m fast ×${RESTARTS} while candidates submit; no 2xx lost, only 503s`,
  async run(ctx) {
    const r = new ResultBuilder(this.name);
    const redis = await ctx.redis();
    const { proc, base } = await ctx.api('api', redis);
    const worker = await ctx.worker('worker-1', redis);
    const pool = ctx.pool();
    const api = await ApiClient.signup(base, 'PostgreSQL restart drill');
    const workload = await chooseWorkload(ctx.options.workload, base);
    await workload.prepare(api);
    r.figure('workload', workload.name);
    // The worker lives through the restarts too: a small analysis before and after them.
    const { teamId } = await buildTeam(api, { members: 20, roles: 2, slots: 5, seed: 31 });
    const before = await analysisLatency(api, pool, teamId);

    const seen: Seen[] = [];
    const abandoned = new Tally();
    let units = 0;
    let running = true;
    const deadline = Date.now() + BEFORE_MS + RESTARTS * (BETWEEN_MS + 60_000);
    const send: Send = async (step) => {
      for (let attempt = 0; ; attempt++) {
        const res: HttpResult = await api.request(step.method, step.path, step.body, {
          token: step.anonymous ? null : undefined,
          timeoutMs: 15_000,
        });
        seen.push({
          at: res.startedAt,
          key: outcomeKey(res),
          retryAfter: res.headers['retry-after'],
        });
        if (res.status !== undefined && res.status >= 200 && res.status < 300) return res;
        const retryable = res.status === 503 || res.status === undefined;
        if (!retryable || attempt >= MAX_RETRIES || Date.now() > deadline) {
          abandoned.add(`${step.label} ${outcomeKey(res)}`);
          return undefined;
        }
        const retryAfter = Number(res.headers['retry-after']) * 1000;
        await sleep(Math.min(MAX_RETRY_WAIT_MS, Number.isFinite(retryAfter) ? retryAfter : 250));
      }
    };
    const client = async () => {
      while (running && Date.now() < deadline) {
        await workload.runUnit(units++, send);
        await sleep(20);
      }
    };
    const clients = Array.from({ length: CLIENTS }, client);

    const windows: { from: number; to: number }[] = [];
    await sleep(BEFORE_MS);
    for (let i = 1; i <= RESTARTS; i++) {
      const from = Date.now();
      await ctx.pg.restart();
      const to = Date.now();
      windows.push({ from, to });
      log(`PostgreSQL restart ${i}/${RESTARTS} (pg_ctl restart -m fast) took ${to - from} ms`);
      await sleep(BETWEEN_MS);
    }
    const loadEnd = Date.now();
    running = false;
    await Promise.all(clients);

    const statuses = new Tally();
    const during = new Tally();
    const recovered = new Tally();
    let without = 0;
    for (const s of seen) {
      statuses.add(s.key);
      if (s.key === '503' && !s.retryAfter) without++;
      if (windows.some((w) => s.at >= w.from && s.at <= w.to)) during.add(s.key);
      // From RECOVERY_MS after a restart until shortly before the next one (or the load's end).
      const recoveredWindow = windows.some(
        (w, i) => s.at >= w.to + RECOVERY_MS && s.at < (windows[i + 1]?.from ?? loadEnd) - 500,
      );
      if (recoveredWindow) {
        recovered.add(s.key);
      }
    }
    const otherServerErrors = seen.filter((s) => /^5\d\d$/.test(s.key) && s.key !== '503');
    const transport = seen.filter((s) => !/^\d+$/.test(s.key)).length;
    const verification = await workload.verify(pool);
    const ready = await api.request('GET', '/health/ready');
    let after: { ms: number; status: string };
    try {
      after = await analysisLatency(api, pool, teamId);
    } catch (error) {
      after = { ms: -1, status: (error as Error).message };
    }

    r.accepted = verification.accepted;
    r.persisted = verification.persisted;
    r.lost = verification.accepted - verification.persisted + verification.otherLost;
    r.duplicates = verification.duplicates;
    r.statuses = statuses.toString();
    r.check(
      'the load spanned every restart',
      windows.every(
        (w) => seen.some((s) => s.at < w.from) && seen.some((s) => s.at > w.to + RECOVERY_MS),
      ),
      `${units} units by ${CLIENTS} clients`,
    );
    r.check(
      'every acknowledged write is in the database',
      r.lost === 0,
      `submissions ${verification.persisted}/${verification.accepted}; ${verification.detail}` +
        (verification.missing.length ? `; missing ${verification.missing.join(', ')}` : ''),
    );
    r.check(
      'never a 500 (no 5xx other than 503)',
      otherServerErrors.length === 0,
      `${otherServerErrors.length} other 5xx`,
    );
    r.check(
      'every 503 carries Retry-After',
      without === 0,
      `${statuses.get(503)} × 503, ${without} without`,
    );
    r.check(
      'no connection errors (the API process stayed up)',
      transport === 0 && proc.running,
      `${transport} transport errors`,
    );
    r.check(
      `recovered without an API restart (all 2xx from ${RECOVERY_MS / 1000} s after each restart)`,
      recovered.total() > 0 && recovered.keys().every((k) => k.startsWith('2')) && proc.running,
      recovered.toString(),
    );
    r.check('ready after the restarts', ready.status === 200, outcomeKey(ready));
    r.check('no unit abandoned', abandoned.total() === 0, abandoned.toString());
    r.check(
      'worker: an analysis requested after the restarts completes',
      after.status === 'completed' && worker.running,
      `median request → completed ${after.ms} ms (before the restarts: ${before.ms} ms)`,
    );
    r.figure('restarts took', windows.map((w) => `${w.to - w.from} ms`).join(', '));
    r.figure('statuses while PostgreSQL was restarting', during.toString());
    return r.build();
  },
};

/**
 * Requests `n` analyses one after another (force=true), each waited for; returns the median
 * time from request to completed, and the last status.
 */
async function analysisLatency(
  api: ApiClient,
  pool: Pool,
  teamId: string,
  n = 5,
): Promise<{ ms: number; status: string }> {
  const times: number[] = [];
  let status = '';
  for (let i = 0; i < n; i++) {
    const one = await oneAnalysis(api, pool, teamId);
    times.push(one.ms);
    status = one.status;
    if (status !== 'completed') break;
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], status };
}

async function oneAnalysis(
  api: ApiClient,
  pool: Pool,
  teamId: string,
): Promise<{ ms: number; status: string }> {
  const t = Date.now();
  const { id } = await api.must<{ id: string }>(
    'POST',
    `/teams/${teamId}/analyses?force=true`,
    undefined,
    [202],
  );
  const row = await waitFor(
    async () => {
      const found = (await analysisRows(pool, [id])).get(id);
      return found?.status === 'completed' || found?.status === 'failed' ? found : undefined;
    },
    30_000,
    20,
    `analysis ${id}`,
  );
  return { ms: Date.now() - t, status: row.status };
}
