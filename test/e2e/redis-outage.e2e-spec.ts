import { DataSource } from 'typeorm';
import { jobRolePayload, OwnRedis } from '@rolefit/testkit';
import { expectProblem, signupOrg, startTestApp, TestApp } from '../support/test-app';
import { waitFor } from '@rolefit/testkit';
import { startWorkerProcess, WorkerProcess } from '../support/worker-process';

/**
 * The outbox in action: with Redis stopped the API still accepts analyses (202) and says it
 * is not ready; once Redis is back, every accepted analysis completes, once.
 */
describe('team analyses while Redis is down', () => {
  const redis = new OwnRedis(6300 + (process.pid % 500));
  let t: TestApp;
  let worker: WorkerProcess | undefined;

  beforeAll(async () => {
    await redis.start();
    t = await startTestApp({ REDIS_URL: redis.url });
  });
  afterAll(async () => {
    await worker?.stop();
    await t.close();
    await redis.destroy();
  });

  it('accepts requests during the outage and completes each of them after it', async () => {
    const org = await signupOrg(t, 'Outage Org');
    const role = await t.request({
      method: 'POST',
      url: '/api/v1/job-roles',
      token: org.token,
      payload: jobRolePayload(),
    });
    const teamIds: string[] = [];
    for (let i = 0; i < 3; i++) {
      const team = await t.request({
        method: 'POST',
        url: '/api/v1/teams',
        token: org.token,
        payload: { name: `Team ${i}` },
      });
      teamIds.push(team.json().id);
      await t.request({
        method: 'POST',
        url: `/api/v1/teams/${team.json().id}/members`,
        token: org.token,
        payload: {
          members: [
            { name: `A${i}`, profile: { prospecting: 50 + i } },
            { name: `B${i}`, profile: { resilience: 60 } },
          ],
        },
      });
      await t.request({
        method: 'PUT',
        url: `/api/v1/teams/${team.json().id}/requirements`,
        token: org.token,
        payload: [{ jobRoleId: role.json().id, slots: 1 }],
      });
    }

    await redis.stop('SIGKILL');
    expect((await t.request({ method: 'GET', url: '/api/v1/health/live' })).statusCode).toBe(200);
    expectProblem(await t.request({ method: 'GET', url: '/api/v1/health/ready' }), 503);
    const accepted: string[] = [];
    for (const teamId of teamIds) {
      const res = await t.request({
        method: 'POST',
        url: `/api/v1/teams/${teamId}/analyses`,
        token: org.token,
      });
      expect(res.statusCode).toBe(202);
      accepted.push(res.json().id);
    }

    // The worker starts while Redis is still down and keeps trying; then Redis comes back.
    worker = await startWorkerProcess({ REDIS_URL: redis.url }).catch(() => undefined);
    await redis.start();
    worker ??= await startWorkerProcess({ REDIS_URL: redis.url });
    await waitFor(async () =>
      (await t.request({ method: 'GET', url: '/api/v1/health/ready' })).statusCode === 200
        ? true
        : undefined,
    );

    const db = t.app.get(DataSource);
    const rows = await waitFor(async () => {
      const r: { status: string; attempts: number }[] = await db.query(
        `SELECT status, attempts FROM team_analyses WHERE id = ANY($1::uuid[])`,
        [accepted],
      );
      return r.every((x) => x.status === 'completed') ? r : undefined;
    }, 60_000);
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.attempts === 1)).toBe(true);
    const [{ pending }] = await db.query(
      `SELECT count(*)::int AS pending FROM outbox_messages WHERE dispatched_at IS NULL AND job_id = ANY($1::text[])`,
      [accepted.map((id) => `team-analysis-${id}`)],
    );
    expect(pending).toBe(0);
  });
});

describe('jobs that Redis lost', () => {
  let t: TestApp;
  let worker: WorkerProcess | undefined;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await worker?.stop();
    await t.close();
  });

  it('are added again by the worker and complete once', async () => {
    const org = await signupOrg(t, 'Lost Jobs Org');
    const role = await t.request({
      method: 'POST',
      url: '/api/v1/job-roles',
      token: org.token,
      payload: jobRolePayload(),
    });
    const team = await t.request({
      method: 'POST',
      url: '/api/v1/teams',
      token: org.token,
      payload: { name: 'Lost' },
    });
    await t.request({
      method: 'POST',
      url: `/api/v1/teams/${team.json().id}/members`,
      token: org.token,
      payload: { name: 'Solo', profile: { prospecting: 70 } },
    });
    await t.request({
      method: 'PUT',
      url: `/api/v1/teams/${team.json().id}/requirements`,
      token: org.token,
      payload: [{ jobRoleId: role.json().id, slots: 1 }],
    });
    const accepted = await t.request({
      method: 'POST',
      url: `/api/v1/teams/${team.json().id}/analyses`,
      token: org.token,
    });
    const id = accepted.json().id;

    // As if the relay had handed the job to a Redis that then lost its data.
    const db = t.app.get(DataSource);
    await db.query(
      `UPDATE outbox_messages SET dispatched_at = now() - interval '1 hour' WHERE job_id = $1`,
      [`team-analysis-${id}`],
    );

    worker = await startWorkerProcess({ LOST_JOB_CHECK_SECONDS: '1' });
    const row = await waitFor(async () => {
      const [r]: { status: string; attempts: number }[] = await db.query(
        `SELECT status, attempts FROM team_analyses WHERE id = $1`,
        [id],
      );
      return r.status === 'completed' ? r : undefined;
    }, 30_000);
    expect(row).toEqual({ status: 'completed', attempts: 1 });
    expect(worker.output()).toMatch(/re-added 1 job\(s\) that Redis had lost/);
  });
});
