import { jobRolePayload, previewPayload } from '@rolefit/testkit';
import { addUser, expectProblem, Org, signupOrg, startTestApp, TestApp } from '../support/test-app';

describe('tenancy and roles', () => {
  let t: TestApp;
  let orgA: Org;
  let orgB: Org;
  let roleId: string;
  let previewId: string;

  beforeAll(async () => {
    t = await startTestApp();
    [orgA, orgB] = await Promise.all([signupOrg(t, 'Org A'), signupOrg(t, 'Org B')]);
    const role = await t.request({
      method: 'POST',
      url: '/api/v1/job-roles',
      token: orgA.token,
      payload: jobRolePayload(),
    });
    roleId = role.json().id;
    const preview = await t.request({
      method: 'POST',
      url: `/api/v1/job-roles/${roleId}/previews`,
      token: orgA.token,
      payload: previewPayload(),
    });
    previewId = preview.json().id;
  });
  afterAll(() => t.close());

  it("gives organisation B 404 on everything of organisation A's, and changes nothing", async () => {
    const attempts = [
      { method: 'GET', url: `/api/v1/job-roles/${roleId}` },
      { method: 'PATCH', url: `/api/v1/job-roles/${roleId}`, payload: { title: 'Hijacked' } },
      { method: 'DELETE', url: `/api/v1/job-roles/${roleId}` },
      { method: 'POST', url: `/api/v1/job-roles/${roleId}/previews`, payload: previewPayload() },
      { method: 'GET', url: `/api/v1/previews/${previewId}` },
      { method: 'PATCH', url: `/api/v1/previews/${previewId}`, payload: { headline: 'Hijacked' } },
      { method: 'POST', url: `/api/v1/previews/${previewId}/publish` },
      { method: 'GET', url: `/api/v1/previews/${previewId}/stats` },
    ] as const;
    for (const attempt of attempts) {
      const res = await t.request({ ...attempt, token: orgB.token });
      const body = expectProblem(res, 404);
      // Exactly the answer for an id that does not exist at all.
      const missing = await t.request({
        ...attempt,
        url: attempt.url
          .replace(roleId, '00000000-0000-4000-8000-000000000000')
          .replace(previewId, '00000000-0000-4000-8000-000000000000'),
        token: orgB.token,
      });
      expect(missing.statusCode).toBe(404);
      expect(missing.json().detail).toBe(body.detail);
    }
    const role = await t.request({
      method: 'GET',
      url: `/api/v1/job-roles/${roleId}`,
      token: orgA.token,
    });
    expect(role.json().title).toBe('Meeting booker');
    const preview = await t.request({
      method: 'GET',
      url: `/api/v1/previews/${previewId}`,
      token: orgA.token,
    });
    expect(preview.json()).toMatchObject({
      status: 'draft',
      version: 1,
      headline: previewPayload().headline,
    });

    const listB = await t.request({ method: 'GET', url: '/api/v1/job-roles', token: orgB.token });
    expect(listB.json().items.map((r: { id: string }) => r.id)).not.toContain(roleId);
  });

  it('does not let a manager create job roles or previews, but lets them read', async () => {
    const manager = await addUser(t, orgA, 'manager');
    expectProblem(
      await t.request({
        method: 'POST',
        url: '/api/v1/job-roles',
        token: manager.token,
        payload: jobRolePayload(),
      }),
      403,
    );
    expectProblem(
      await t.request({
        method: 'POST',
        url: `/api/v1/job-roles/${roleId}/previews`,
        token: manager.token,
        payload: {},
      }),
      403,
    );
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/job-roles/${roleId}`, token: manager.token }))
        .statusCode,
    ).toBe(200);
  });

  it('keeps user management to admins', async () => {
    const recruiter = await addUser(t, orgA, 'recruiter');
    expectProblem(
      await t.request({
        method: 'POST',
        url: '/api/v1/users',
        token: recruiter.token,
        payload: {
          name: 'x',
          email: 'x@rolefit.test',
          password: 'long enough password',
          role: 'admin',
        },
      }),
      403,
    );
  });

  it('lets an admin grow the competency model, per organisation', async () => {
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/dimensions',
      token: orgA.token,
      payload: {
        key: 'field-visits',
        name: { en: 'Field visits', nb: 'Kundebesøk' },
        description: { en: 'Visits customers.' },
        kind: 'sales',
      },
    });
    expect(created.statusCode).toBe(201);
    const patched = await t.request({
      method: 'PATCH',
      url: '/api/v1/dimensions/field-visits',
      token: orgA.token,
      payload: { kind: 'general' },
    });
    expect(patched.json()).toMatchObject({ key: 'field-visits', kind: 'general' });
    expectProblem(
      await t.request({
        method: 'PATCH',
        url: '/api/v1/dimensions/field-visits',
        token: orgB.token,
        payload: { kind: 'sales' },
      }),
      404,
    );
    expectProblem(
      await t.request({
        method: 'POST',
        url: '/api/v1/dimensions',
        token: orgA.token,
        payload: {
          key: 'field-visits',
          name: { en: 'x' },
          description: { en: 'x' },
          kind: 'sales',
        },
      }),
      409,
    );
    // B's roles cannot use A's new dimension.
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/job-roles',
      token: orgB.token,
      payload: jobRolePayload({
        profile: [{ dimension: 'field-visits', target: 50, weight: 1, direction: 'atLeast' }],
      }),
    });
    expectProblem(res, 422);
  });
});
