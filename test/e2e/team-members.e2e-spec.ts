import { jobRolePayload } from '@rolefit/testkit';
import { addUser, expectProblem, Org, signupOrg, startTestApp, TestApp } from '../support/test-app';

/** A manager edits and removes team members (the web app's member list uses these). */
describe('team members: edit and remove', () => {
  let t: TestApp;
  let admin: Org;
  let manager: Org;
  let other: Org;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signupOrg(t, 'Members Org');
    manager = await addUser(t, admin, 'manager');
    other = await signupOrg(t, 'Other Org');
  });
  afterAll(() => t.close());

  async function setup() {
    const role = await t.request({
      method: 'POST',
      url: '/api/v1/job-roles',
      token: admin.token,
      payload: jobRolePayload({ title: 'Closer' }),
    });
    const team = await t.request({
      method: 'POST',
      url: '/api/v1/teams',
      token: manager.token,
      payload: { name: 'Sales Bergen' },
    });
    const teamId = team.json<{ id: string }>().id;
    const added = await t.request({
      method: 'POST',
      url: `/api/v1/teams/${teamId}/members`,
      token: manager.token,
      payload: { name: 'Kari', email: 'kari@example.com', profile: { prospecting: 70 } },
    });
    const memberId = added.json<{ members: { id: string }[] }>().members[0].id;
    return { teamId, memberId, roleId: role.json<{ id: string }>().id };
  }

  it('changes only the fields given, and checks them like a new member', async () => {
    const { teamId, memberId, roleId } = await setup();
    const url = `/api/v1/teams/${teamId}/members/${memberId}`;
    const changed = await t.request({
      method: 'PATCH',
      url,
      token: manager.token,
      payload: { currentJobRoleId: roleId, performance: 104, profile: { resilience: 55 } },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toEqual({
      id: memberId,
      name: 'Kari',
      email: 'kari@example.com',
      currentJobRoleId: roleId,
      profile: { resilience: 55 },
      assessmentId: null,
      performance: 104,
    });

    const bad = await t.request({
      method: 'PATCH',
      url,
      token: manager.token,
      payload: { profile: { 'no-such-dimension': 50 } },
    });
    expect(expectProblem(bad, 422).errors).toEqual([
      { field: 'profile.no-such-dimension', message: 'unknown dimension "no-such-dimension"' },
    ]);

    const list = await t.request({
      method: 'GET',
      url: `/api/v1/teams/${teamId}/members`,
      token: manager.token,
    });
    expect(list.json<{ items: { performance: number }[] }>().items[0].performance).toBe(104);
  });

  it('removes a member once; another organisation sees nothing', async () => {
    const { teamId, memberId } = await setup();
    const url = `/api/v1/teams/${teamId}/members/${memberId}`;
    expectProblem(await t.request({ method: 'DELETE', url, token: other.token }), 404);
    expectProblem(
      await t.request({ method: 'PATCH', url, token: other.token, payload: { name: 'X' } }),
      404,
    );
    const removed = await t.request({ method: 'DELETE', url, token: manager.token });
    expect(removed.statusCode).toBe(204);
    expectProblem(await t.request({ method: 'DELETE', url, token: manager.token }), 404);
    const team = await t.request({
      method: 'GET',
      url: `/api/v1/teams/${teamId}`,
      token: manager.token,
    });
    expect(team.json<{ memberCount: number }>().memberCount).toBe(0);
  });
});
