import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { DataSource } from 'typeorm';
import { jobRolePayload } from '@rolefit/testkit';
import { bruteForceBestTotal, independentFit } from '../support/independent-fit';
import { addUser, expectProblem, Org, signupOrg, startTestApp, TestApp } from '../support/test-app';
import { waitFor } from '@rolefit/testkit';
import { startWorkerProcess, WorkerProcess } from '../support/worker-process';

const BOOKER = [
  { dimension: 'prospecting', target: 80, weight: 3, direction: 'atLeast' },
  { dimension: 'resilience', target: 70, weight: 1, direction: 'atLeast' },
];
const CLOSER = [
  { dimension: 'negotiation-closing', target: 85, weight: 3, direction: 'atLeast' },
  { dimension: 'account-care', target: 60, weight: 1, direction: 'ideal' },
];
const LEAD = [
  { dimension: 'coaching-leading', target: 80, weight: 2, direction: 'atLeast' },
  { dimension: 'team-contribution', target: 70, weight: 1, direction: 'atLeast' },
];

const MEMBERS = [
  {
    name: 'Ane',
    profile: {
      prospecting: 90,
      resilience: 60,
      'negotiation-closing': 50,
      'account-care': 55,
      'coaching-leading': 40,
      'team-contribution': 70,
    },
    performance: 140,
  },
  {
    name: 'Bo <&> "Boss"',
    profile: {
      prospecting: 70,
      resilience: 80,
      'negotiation-closing': 88,
      'account-care': 70,
      'coaching-leading': 60,
      'team-contribution': 50,
    },
    performance: 95,
  },
  {
    name: 'Cato',
    profile: {
      prospecting: 60,
      resilience: 65,
      'negotiation-closing': 75,
      'account-care': 60,
      'coaching-leading': 85,
      'team-contribution': 80,
    },
    performance: 80,
  },
  {
    name: 'Dina',
    profile: {
      prospecting: 85,
      resilience: 75,
      'negotiation-closing': 60,
      'account-care': 40,
      'coaching-leading': 55,
      'team-contribution': 60,
    },
    performance: null,
  },
  {
    name: 'Eli',
    profile: {
      prospecting: 50,
      resilience: 50,
      'negotiation-closing': 82,
      'account-care': 62,
      'coaching-leading': 70,
      'team-contribution': 90,
    },
    performance: 101,
  },
];

interface Analysis {
  status: string;
  progress: number;
  result: {
    members: { id: string; name: string }[];
    roles: { id: string }[];
    fitMatrix: number[][];
    assignment: { memberId: string; jobRoleId: string; fit: number }[];
    totalFitOptimal: number;
    leadership: {
      jobRoleId: string;
      ranking: { memberId: string }[];
      topPerformerRank: number | null;
    }[];
  };
}

describe('team analyses in the worker', () => {
  let t: TestApp;
  let worker: WorkerProcess;
  let admin: Org;
  let manager: Org;

  beforeAll(async () => {
    t = await startTestApp();
    worker = await startWorkerProcess();
    admin = await signupOrg(t, 'Team Org');
    manager = await addUser(t, admin, 'manager');
  });
  afterAll(async () => {
    await worker?.stop();
    await t.close();
  });

  async function createRole(profile: object[], title: string, isLeadership = false) {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/job-roles',
      token: admin.token,
      payload: jobRolePayload({ title, profile, isLeadership }),
    });
    expect(res.statusCode).toBe(201);
    return res.json().id as string;
  }

  async function waitCompleted(id: string, timeoutMs = 60_000): Promise<Analysis> {
    return waitFor(async () => {
      const res = await t.request({
        method: 'GET',
        url: `/api/v1/analyses/${id}`,
        token: manager.token,
      });
      const body = res.json<Analysis>();
      if (body.status === 'failed') throw new Error(`analysis failed: ${res.body}`);
      return body.status === 'completed' ? body : undefined;
    }, timeoutMs);
  }

  it('computes the exactly optimal map, once per snapshot, and draws it', async () => {
    const booker = await createRole(BOOKER, 'Booker');
    const closer = await createRole(CLOSER, 'Closer');
    const lead = await createRole(LEAD, 'Lead', true);

    const team = await t.request({
      method: 'POST',
      url: '/api/v1/teams',
      token: manager.token,
      payload: { name: 'Sales Oslo' },
    });
    expect(team.statusCode).toBe(201);
    const teamId = team.json().id;

    const members = MEMBERS.map((m, i) => ({ ...m, currentJobRoleId: i < 3 ? booker : closer }));
    const added = await t.request({
      method: 'POST',
      url: `/api/v1/teams/${teamId}/members`,
      token: manager.token,
      payload: { members },
    });
    expect(added.statusCode).toBe(201);
    expect(added.json().added).toBe(5);

    const reqs = await t.request({
      method: 'PUT',
      url: `/api/v1/teams/${teamId}/requirements`,
      token: manager.token,
      payload: [
        { jobRoleId: booker, slots: 2 },
        { jobRoleId: closer, slots: 1 },
        { jobRoleId: lead, slots: 1 },
      ],
    });
    expect(reqs.statusCode).toBe(200);

    const first = await t.request({
      method: 'POST',
      url: `/api/v1/teams/${teamId}/analyses`,
      token: manager.token,
    });
    expect(first.statusCode).toBe(202);
    const second = await t.request({
      method: 'POST',
      url: `/api/v1/teams/${teamId}/analyses`,
      token: manager.token,
    });
    expect(second.json().id).toBe(first.json().id);

    const done = await waitCompleted(first.json().id);
    expect(done.progress).toBe(100);
    const result = done.result;
    expect(result.members.map((m) => m.name).sort()).toEqual(MEMBERS.map((m) => m.name).sort());
    const byName = new Map(MEMBERS.map((m) => [m.name, m]));
    const ordered = result.members.map((m) => byName.get(m.name)!);

    // Fit matrix against the formula computed here; optimum against brute force.
    const profiles: Record<string, typeof BOOKER> = {
      [booker]: BOOKER,
      [closer]: CLOSER,
      [lead]: LEAD,
    };
    const expected = ordered.map((m) =>
      result.roles.map((r) => independentFit(profiles[r.id], m.profile)),
    );
    expected.forEach((row, i) =>
      row.forEach((v, j) => expect(result.fitMatrix[i][j]).toBeCloseTo(v, 1)),
    );
    const slots = result.roles.map((r) => ({ [booker]: 2, [closer]: 1, [lead]: 1 })[r.id]);
    // Output is rounded to 2 decimals, so compare to within 0.01.
    expect(Math.abs(result.totalFitOptimal - bruteForceBestTotal(expected, slots))).toBeLessThan(
      0.01,
    );
    expect(result.assignment).toHaveLength(4);

    // Tip 10: where does the best performer (Ane, 140 %) rank as a leader?
    const bench = result.leadership.find((l) => l.jobRoleId === lead)!;
    const leadFits = ordered
      .map((m, i) => ({
        id: result.members[i].id,
        name: m.name,
        fit: independentFit(LEAD, m.profile),
      }))
      .sort((a, b) => b.fit - a.fit || a.name.localeCompare(b.name));
    expect(bench.ranking.map((r) => r.memberId)).toEqual(leadFits.map((r) => r.id));
    expect(bench.topPerformerRank).toBe(leadFits.findIndex((r) => r.name === 'Ane') + 1);

    const map = await t.request({
      method: 'GET',
      url: `/api/v1/teams/${teamId}/role-map`,
      token: manager.token,
    });
    expect(map.statusCode).toBe(200);
    expect(map.json()).toMatchObject({
      analysisId: first.json().id,
      totalFitOptimal: result.totalFitOptimal,
    });

    const svg = await t.request({
      method: 'GET',
      url: `/api/v1/teams/${teamId}/role-map.svg`,
      token: manager.token,
    });
    expect(svg.statusCode).toBe(200);
    expect(svg.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(XMLValidator.validate(svg.body)).toBe(true);
    const texts: string[] = [];
    const collect = (node: unknown): void => {
      if (typeof node === 'string') texts.push(node);
      else if (Array.isArray(node)) node.forEach(collect);
      else if (node && typeof node === 'object') Object.values(node).forEach(collect);
    };
    collect(
      new XMLParser({ ignoreAttributes: true, processEntities: true, htmlEntities: true }).parse(
        svg.body,
      ),
    );
    for (const m of MEMBERS) expect(texts.some((s) => String(s).includes(m.name))).toBe(true);

    // force=true recomputes; a changed team is a new snapshot.
    const forced = await t.request({
      method: 'POST',
      url: `/api/v1/teams/${teamId}/analyses?force=true`,
      token: manager.token,
    });
    expect(forced.json().id).not.toBe(first.json().id);
    await waitCompleted(forced.json().id);
  });

  it('validates members and requirements, all or nothing', async () => {
    const team = await t.request({
      method: 'POST',
      url: '/api/v1/teams',
      token: manager.token,
      payload: { name: 'Strict' },
    });
    const teamId = team.json().id;
    const bad = await t.request({
      method: 'POST',
      url: `/api/v1/teams/${teamId}/members`,
      token: manager.token,
      payload: {
        members: [
          { name: 'Ok', profile: { prospecting: 50 } },
          { name: 'Bad', profile: { prospecting: 150, astrology: 3 } },
        ],
      },
    });
    const errors = expectProblem(bad, 422).errors as { field: string }[];
    expect(errors.map((e) => e.field)).toEqual([
      'members[1].profile.prospecting',
      'members[1].profile.astrology',
    ]);
    const after = await t.request({
      method: 'GET',
      url: `/api/v1/teams/${teamId}`,
      token: manager.token,
    });
    expect(after.json().memberCount).toBe(0);

    expectProblem(
      await t.request({
        method: 'PUT',
        url: `/api/v1/teams/${teamId}/requirements`,
        token: manager.token,
        payload: [{ jobRoleId: 'x', slots: -1 }],
      }),
      400,
    );
    expectProblem(
      await t.request({
        method: 'PUT',
        url: `/api/v1/teams/${teamId}/requirements`,
        token: manager.token,
        payload: [{ jobRoleId: '00000000-0000-4000-8000-000000000000', slots: 1 }],
      }),
      422,
    );
    expectProblem(
      await t.request({
        method: 'POST',
        url: `/api/v1/teams/${teamId}/members`,
        token: manager.token,
        payload: { name: 'No profile' },
      }),
      422,
    );
    expectProblem(
      await t.request({
        method: 'GET',
        url: `/api/v1/teams/${teamId}/role-map`,
        token: manager.token,
      }),
      404,
    );
  });

  it('hides teams and analyses from other organisations', async () => {
    const other = await signupOrg(t, 'Other');
    const team = await t.request({
      method: 'POST',
      url: '/api/v1/teams',
      token: manager.token,
      payload: { name: 'Private' },
    });
    const teamId = team.json().id;
    const analysis = await t.request({
      method: 'POST',
      url: `/api/v1/teams/${teamId}/analyses`,
      token: manager.token,
    });
    for (const url of [
      `/api/v1/teams/${teamId}`,
      `/api/v1/teams/${teamId}/members`,
      `/api/v1/teams/${teamId}/role-map`,
      `/api/v1/analyses/${analysis.json().id}`,
    ]) {
      expectProblem(await t.request({ method: 'GET', url, token: other.token }), 404);
    }
    expectProblem(
      await t.request({
        method: 'POST',
        url: `/api/v1/teams/${teamId}/analyses`,
        token: other.token,
      }),
      404,
    );
    expectProblem(
      await t.request({
        method: 'PATCH',
        url: `/api/v1/teams/${teamId}`,
        token: other.token,
        payload: { name: 'x' },
      }),
      404,
    );
  });

  it('finishes an analysis exactly once when the worker is killed in the middle', async () => {
    const roleIds: string[] = [];
    for (let r = 0; r < 40; r++) {
      roleIds.push(
        await createRole(
          [
            { dimension: 'prospecting', target: 40 + r, weight: 1 + (r % 3), direction: 'atLeast' },
            {
              dimension: 'negotiation-closing',
              target: 90 - r,
              weight: 1,
              direction: r % 2 ? 'ideal' : 'atLeast',
            },
            { dimension: 'resilience', target: 50 + (r % 7) * 5, weight: 2, direction: 'atLeast' },
          ],
          `Role ${r}`,
        ),
      );
    }
    const team = await t.request({
      method: 'POST',
      url: '/api/v1/teams',
      token: manager.token,
      payload: { name: 'Big' },
    });
    const teamId = team.json().id;
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * 100;
    const members = Array.from({ length: 8000 }, (_, i) => ({
      name: `Member ${i}`,
      profile: { prospecting: rand(), 'negotiation-closing': rand(), resilience: rand() },
      performance: rand(),
    }));
    for (let i = 0; i < members.length; i += 4000) {
      const res = await t.request({
        method: 'POST',
        url: `/api/v1/teams/${teamId}/members`,
        token: manager.token,
        payload: { members: members.slice(i, i + 4000) },
      });
      expect(res.statusCode).toBe(201);
    }
    await t.request({
      method: 'PUT',
      url: `/api/v1/teams/${teamId}/requirements`,
      token: manager.token,
      payload: roleIds.map((id) => ({ jobRoleId: id, slots: 200 })),
    });

    const dataSource = t.app.get(DataSource);
    const accepted = await t.request({
      method: 'POST',
      url: `/api/v1/teams/${teamId}/analyses`,
      token: manager.token,
    });
    const id = accepted.json().id;
    await waitFor(
      async () => {
        const [row] = await dataSource.query(`SELECT status FROM team_analyses WHERE id = $1`, [
          id,
        ]);
        if (row.status === 'completed')
          throw new Error('completed before it could be killed; make the drill bigger');
        return row.status === 'running' ? true : undefined;
      },
      60_000,
      20,
    );
    await worker.kill();
    worker = await startWorkerProcess();

    const done = await waitCompleted(id, 90_000);
    expect(done.result.members).toHaveLength(8000);
    const [row] = await dataSource.query(
      `SELECT attempts, status FROM team_analyses WHERE id = $1`,
      [id],
    );
    expect(row).toEqual({ attempts: 2, status: 'completed' });
    const completions = worker
      .output()
      .split('\n')
      .filter((l) => l.includes(`analysis ${id} completed`));
    expect(completions).toHaveLength(1);
  });
});
