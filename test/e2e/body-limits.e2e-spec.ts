import { expectProblem, Org, signupOrg, startTestApp, TestApp } from '../support/test-app';
import { jobRolePayload } from '@rolefit/testkit';

/**
 * Body limits are declared at the route (@BodyLimit): bulk member imports take up to 8 MiB,
 * every other route BODY_LIMIT_BYTES (1 MiB by default).
 */
describe('per-route body limits', () => {
  let t: TestApp;
  let org: Org;

  beforeAll(async () => {
    t = await startTestApp();
    org = await signupOrg(t);
  });
  afterAll(() => t.close());

  // 9,000 members with 190-character names: about 2 MB of JSON, above the default limit.
  const members = Array.from({ length: 9000 }, (_, i) => ({
    name: `${'N'.repeat(183)} ${String(i).padStart(5, '0')}`,
    profile: { prospecting: 50 },
  }));

  it('accepts a 2 MB bulk member import on the route that declares 8 MiB', async () => {
    const team = await t.request({
      method: 'POST',
      url: '/api/v1/teams',
      payload: { name: 'Big team' },
      token: org.token,
    });
    expect(team.statusCode).toBe(201);
    const payload = JSON.stringify({ members });
    expect(payload.length).toBeGreaterThan(1024 * 1024);
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/teams/${team.json().id}/members`,
      payload: JSON.parse(payload) as object,
      token: org.token,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().added).toBe(9000);
  });

  it('refuses the same size on a route with the default limit', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/job-roles',
      payload: { ...jobRolePayload(), summary: 'x'.repeat(2 * 1024 * 1024) },
      token: org.token,
    });
    expectProblem(res, 413);
  });
});
