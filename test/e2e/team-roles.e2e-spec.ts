import type { Response } from 'light-my-request';
import { jobRolePayload, waitFor } from '@rolefit/testkit';
import { addUser, expectProblem, Org, signupOrg, startTestApp, TestApp } from '../support/test-app';
import { startWorkerProcess, WorkerProcess } from '../support/worker-process';

/**
 * Roles that mean something (issue 9 §5): a manager acts only on the teams they manage, and
 * any other team answers exactly like one that does not exist; admins reach every team;
 * recruiters read teams and members but never a member's performance, nor who the top
 * performer of a leadership bench is.
 */
describe('team roles: managers on their own teams, recruiters without performance', () => {
  let t: TestApp;
  let worker: WorkerProcess;
  let admin: Org;
  let manager: Org;
  let otherManager: Org;
  let recruiter: Org;
  let teamId: string;
  let adminTeamId: string;
  let memberId: string;
  let analysisId: string;
  let roleId: string;

  const api = (method: string, url: string, token?: string, payload?: unknown) =>
    t.request({
      method: method,
      url: `/api/v1${url}`,
      token,
      ...(payload !== undefined && { payload: payload as object }),
    });
  const NOBODY = '00000000-0000-4000-8000-000000000000';

  beforeAll(async () => {
    t = await startTestApp();
    worker = await startWorkerProcess();
    admin = await signupOrg(t, 'Team Roles AS');
    manager = await addUser(t, admin, 'manager');
    otherManager = await addUser(t, admin, 'manager');
    recruiter = await addUser(t, admin, 'recruiter');

    const lead = await api(
      'POST',
      '/job-roles',
      admin.token,
      jobRolePayload({ title: 'Team lead', isLeadership: true }),
    );
    roleId = lead.json<{ id: string }>().id;
    const team = await api('POST', '/teams', manager.token, { name: 'Managed by manager' });
    teamId = team.json<{ id: string }>().id;
    const added = await api('POST', `/teams/${teamId}/members`, manager.token, {
      members: [
        { name: 'Ane Topp', profile: { prospecting: 60, resilience: 60 }, performance: 131 },
        { name: 'Bo Midt', profile: { prospecting: 90, resilience: 80 }, performance: 97 },
      ],
    });
    expect(added.statusCode).toBe(201);
    memberId = added.json<{ members: { id: string }[] }>().members[0].id;
    await api('PUT', `/teams/${teamId}/requirements`, manager.token, [
      { jobRoleId: roleId, slots: 1 },
    ]);
    const requested = await api('POST', `/teams/${teamId}/analyses`, manager.token);
    expect(requested.statusCode).toBe(202);
    analysisId = requested.json<{ id: string }>().id;
    await waitFor(async () => {
      const res = await api('GET', `/analyses/${analysisId}`, manager.token);
      return res.json<{ status: string }>().status === 'completed' ? true : undefined;
    }, 60_000);
    const own = await api('POST', '/teams', admin.token, { name: 'Managed by admin' });
    adminTeamId = own.json<{ id: string }>().id;
  });
  afterAll(async () => {
    await worker?.stop();
    await t?.close();
  });

  /** Every team and analysis route, aimed at `team` (and its member and analysis). */
  const routes = (team: string, member: string, analysis: string) => [
    { method: 'GET', url: `/teams/${team}` },
    { method: 'PATCH', url: `/teams/${team}`, payload: { name: 'Taken over' } },
    { method: 'GET', url: `/teams/${team}/members` },
    { method: 'POST', url: `/teams/${team}/members`, payload: { name: 'Mole', profile: {} } },
    { method: 'PATCH', url: `/teams/${team}/members/${member}`, payload: { performance: 1 } },
    { method: 'DELETE', url: `/teams/${team}/members/${member}` },
    {
      method: 'POST',
      url: `/teams/${team}/members/${member}/erasure`,
      payload: { reason: 'take-over attempt' },
    },
    { method: 'PUT', url: `/teams/${team}/requirements`, payload: [] },
    { method: 'POST', url: `/teams/${team}/analyses` },
    { method: 'GET', url: `/teams/${team}/analyses` },
    { method: 'GET', url: `/teams/${team}/role-map` },
    { method: 'GET', url: `/teams/${team}/role-map.svg` },
    { method: 'GET', url: `/analyses/${analysis}` },
    { method: 'GET', url: `/analyses/${analysis}/events` },
  ];

  it("answers a manager on another manager's team with the 404 of a team that does not exist", async () => {
    const before = (await api('GET', `/teams/${teamId}/members`, manager.token)).body;
    const real = routes(teamId, memberId, analysisId);
    const missing = routes(NOBODY, NOBODY, NOBODY);
    for (const [i, route] of real.entries()) {
      const res = await api(route.method, route.url, otherManager.token, route.payload);
      const body = expectProblem(res, 404);
      const none = expectProblem(
        await api(missing[i].method, missing[i].url, otherManager.token, missing[i].payload),
        404,
      );
      // Word for word the answer for nothing at all: the team's existence is not revealed.
      expect(`${route.method} ${route.url}: ${String(body.detail)}`).toBe(
        `${route.method} ${route.url}: ${String(none.detail)}`,
      );
      expect(res.body).not.toContain('Managed by manager');
      expect(res.body).not.toContain('Ane Topp');
    }
    // Nothing changed: the team, its members, its requirements.
    expect((await api('GET', `/teams/${teamId}/members`, manager.token)).body).toBe(before);
    const team = (await api('GET', `/teams/${teamId}`, manager.token)).json<{
      name: string;
      requirements: unknown[];
    }>();
    expect(team.name).toBe('Managed by manager');
    expect(team.requirements).toEqual([{ jobRoleId: roleId, slots: 1 }]);
  });

  it('checks role-map reads arriving together each against its own manager and team', async () => {
    const asked = [
      { token: manager.token, team: teamId, status: 200 },
      { token: otherManager.token, team: teamId, status: 404 },
      { token: manager.token, team: adminTeamId, status: 404 },
      { token: manager.token, team: NOBODY, status: 404 },
      { token: admin.token, team: teamId, status: 200 },
      { token: manager.token, team: teamId, status: 200 },
    ];
    const answers = await Promise.all(
      asked.map(({ token, team }) => api('GET', `/teams/${team}/role-map`, token)),
    );
    expect(answers.map((a, i) => `${asked[i].team} ${a.statusCode}`)).toEqual(
      asked.map((a) => `${a.team} ${a.status}`),
    );
    for (const [i, answer] of answers.entries()) {
      if (asked[i].status === 404) expect(answer.body).not.toContain('Ane Topp');
      else expect(answer.json<{ analysisId: string }>().analysisId).toBe(analysisId);
    }
  });

  it("lets the team's own manager and any admin act on it; a manager lists only their teams", async () => {
    for (const org of [manager, admin]) {
      for (const route of routes(teamId, memberId, analysisId)) {
        // Reads only, so the team stays as it is for the other tests.
        if (route.method !== 'GET' || route.url.endsWith('/events')) continue;
        const res = await api(route.method, route.url, org.token);
        expect(`${route.url} ${res.statusCode}`).toBe(`${route.url} 200`);
      }
    }
    const ids = async (org: Org) =>
      (await api('GET', '/teams?pageSize=100', org.token))
        .json<{ items: { id: string }[]; total: number }>()
        .items.map((x) => x.id);
    expect(await ids(manager)).toEqual([teamId]);
    expect(await ids(otherManager)).toEqual([]);
    expect((await ids(admin)).sort()).toEqual([teamId, adminTeamId].sort());
    expect((await ids(recruiter)).sort()).toEqual([teamId, adminTeamId].sort());
    // The admin's team is out of reach for a manager too, however it was found.
    expectProblem(await api('GET', `/teams/${adminTeamId}`, manager.token), 404);
    // An admin hands the team over: the new manager reaches it at once, the old one no more.
    const handed = await api('PATCH', `/teams/${adminTeamId}`, admin.token, {
      managerId: await userIdOf(otherManager),
    });
    expect(handed.statusCode).toBe(200);
    expect((await api('GET', `/teams/${adminTeamId}`, otherManager.token)).statusCode).toBe(200);
    expect(await ids(otherManager)).toEqual([adminTeamId]);
  });

  async function userIdOf(org: Org): Promise<string> {
    return (await api('GET', '/me', org.token)).json<{ id: string }>().id;
  }

  it("never shows a recruiter a member's performance or the top performer; managers see both", async () => {
    const performances = (res: Response) =>
      res
        .json<{ items: { name: string; performance: number | null }[] }>()
        .items.map((m) => [m.name, m.performance]);
    const asManager = await api('GET', `/teams/${teamId}/members`, manager.token);
    expect(performances(asManager).sort()).toEqual([
      ['Ane Topp', 131],
      ['Bo Midt', 97],
    ]);
    const asRecruiter = await api('GET', `/teams/${teamId}/members`, recruiter.token);
    expect(asRecruiter.statusCode).toBe(200);
    expect(performances(asRecruiter).sort()).toEqual([
      ['Ane Topp', null],
      ['Bo Midt', null],
    ]);

    type Bench = { topPerformerId: string | null; topPerformerRank: number | null };
    const benches = (res: Response, path: (body: never) => Bench[]) => path(res.json());
    // The whole analysis and the paged role map: the manager sees who the top performer is.
    const full = await api('GET', `/analyses/${analysisId}`, manager.token);
    const fullBench = benches(
      full,
      (b: { result: { leadership: Bench[] } }) => b.result.leadership,
    );
    expect(fullBench).toHaveLength(1);
    expect(fullBench[0].topPerformerId).toBe(memberId);
    expect(fullBench[0].topPerformerRank).toEqual(expect.any(Number));
    const fullMap = await api('GET', `/teams/${teamId}/role-map`, manager.token);
    expect(benches(fullMap, (b: { leadership: Bench[] }) => b.leadership)[0].topPerformerId).toBe(
      memberId,
    );

    // The recruiter reads the same analysis and map without it (and without a cached page of
    // the manager's view leaking through).
    const read = await api('GET', `/analyses/${analysisId}`, recruiter.token);
    expect(read.statusCode).toBe(200);
    expect(benches(read, (b: { result: { leadership: Bench[] } }) => b.result.leadership)).toEqual([
      expect.objectContaining({ topPerformerId: null, topPerformerRank: null }),
    ]);
    const map = await api('GET', `/teams/${teamId}/role-map`, recruiter.token);
    expect(map.statusCode).toBe(200);
    expect(benches(map, (b: { leadership: Bench[] }) => b.leadership)).toEqual([
      expect.objectContaining({ topPerformerId: null, topPerformerRank: null }),
    ]);
    expect(map.headers.etag).not.toBe(fullMap.headers.etag);
    expect(map.body).not.toContain('"performance"');
    // The fit ranking itself stays: recruiters see fits, not HR figures.
    expect(map.json<{ leadership: { ranking: unknown[] }[] }>().leadership[0].ranking).toHaveLength(
      2,
    );

    // Recruiters read; they do not change teams.
    expectProblem(
      await api('PATCH', `/teams/${teamId}/members/${memberId}`, recruiter.token, {
        performance: 1,
      }),
      403,
    );
    expectProblem(await api('POST', `/teams/${teamId}/analyses`, recruiter.token), 403);
  });
});
