import { jobRolePayload, previewPayload } from '@rolefit/testkit';
import { addUser, expectProblem, Org, signupOrg, startTestApp, TestApp } from '../support/test-app';

describe('job previews: from signup to a published, versioned preview', () => {
  let t: TestApp;
  let admin: Org;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signupOrg(t, 'Preview Org');
  });
  afterAll(() => t.close());

  it('walks the whole recruiter and candidate flow', async () => {
    const recruiter = await addUser(t, admin, 'recruiter');

    const me = await t.request({ method: 'GET', url: '/api/v1/me', token: recruiter.token });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ role: 'recruiter', organization: { name: 'Preview Org' } });

    const dims = await t.request({
      method: 'GET',
      url: '/api/v1/dimensions?pageSize=100',
      token: recruiter.token,
    });
    expect(dims.statusCode).toBe(200);
    const keys = dims.json().items.map((d: { key: string }) => d.key);
    expect(keys.length).toBeGreaterThanOrEqual(8);
    expect(keys).toEqual(
      expect.arrayContaining(['prospecting', 'resilience', 'pipeline-discipline']),
    );
    expect(dims.json().items[0].name).toEqual({ en: expect.any(String), nb: expect.any(String) });

    const role = await t.request({
      method: 'POST',
      url: '/api/v1/job-roles',
      token: recruiter.token,
      payload: jobRolePayload(),
    });
    expect(role.statusCode).toBe(201);
    const roleId = role.json().id;

    const draft = await t.request({
      method: 'POST',
      url: `/api/v1/job-roles/${roleId}/previews`,
      token: recruiter.token,
      payload: previewPayload(),
    });
    expect(draft.statusCode).toBe(201);
    expect(draft.json()).toMatchObject({ status: 'draft', version: 1, publishedVersion: null });
    const previewId = draft.json().id;
    const slug = draft.json().slug;

    // Not visible to the public before publishing.
    expectProblem(await t.request({ method: 'GET', url: `/api/v1/public/previews/${slug}` }), 404);

    const published = await t.request({
      method: 'POST',
      url: `/api/v1/previews/${previewId}/publish`,
      token: recruiter.token,
    });
    expect(published.statusCode).toBe(200);
    expect(published.json()).toEqual({ slug, version: 1 });

    const pub = await t.request({ method: 'GET', url: `/api/v1/public/previews/${slug}` });
    expect(pub.statusCode).toBe(200);
    expect(pub.json()).toMatchObject({
      version: 1,
      headline: previewPayload().headline,
      jobTitle: 'Meeting booker',
    });
    expect(pub.headers['cache-control']).toMatch(/public/);
    const etag = pub.headers.etag as string;
    expect(etag).toBeTruthy();
    const again = await t.request({
      method: 'GET',
      url: `/api/v1/public/previews/${slug}`,
      headers: { 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);

    for (const payload of [
      { reaction: 'interested' },
      { reaction: 'not_for_me', reason: 'schedule' },
      { reaction: 'not_for_me', reason: 'schedule' },
      { reaction: 'not_for_me' },
    ]) {
      const r = await t.request({
        method: 'POST',
        url: `/api/v1/public/previews/${slug}/reactions`,
        payload,
      });
      expect(r.statusCode).toBe(201);
      expect(r.json()).toMatchObject({ version: 1 });
    }

    const stats = await t.request({
      method: 'GET',
      url: `/api/v1/previews/${previewId}/stats`,
      token: recruiter.token,
    });
    expect(stats.statusCode).toBe(200);
    expect(stats.json()).toMatchObject({
      views: 2,
      interested: 1,
      notForMe: 3,
      notForMeByReason: { schedule: 2, unspecified: 1, pay: 0 },
      selfSelectionRate: 0.75,
    });

    // Editing the published preview opens version 2 as a draft; the slug keeps serving v1.
    const edit = await t.request({
      method: 'PATCH',
      url: `/api/v1/previews/${previewId}`,
      token: recruiter.token,
      payload: { headline: 'Version two headline' },
    });
    expect(edit.statusCode).toBe(200);
    expect(edit.json()).toMatchObject({
      status: 'draft',
      version: 2,
      publishedVersion: 1,
      headline: 'Version two headline',
    });
    const stillV1 = await t.request({ method: 'GET', url: `/api/v1/public/previews/${slug}` });
    expect(stillV1.json()).toMatchObject({ version: 1, headline: previewPayload().headline });

    // A second edit changes the same draft rather than opening version 3.
    const edit2 = await t.request({
      method: 'PATCH',
      url: `/api/v1/previews/${previewId}`,
      token: recruiter.token,
      payload: { location: 'Bergen' },
    });
    expect(edit2.json()).toMatchObject({
      version: 2,
      location: 'Bergen',
      headline: 'Version two headline',
    });

    const v2 = await t.request({
      method: 'POST',
      url: `/api/v1/previews/${previewId}/publish`,
      token: recruiter.token,
    });
    expect(v2.json()).toEqual({ slug, version: 2 });
    const nowV2 = await t.request({ method: 'GET', url: `/api/v1/public/previews/${slug}` });
    expect(nowV2.json()).toMatchObject({
      version: 2,
      headline: 'Version two headline',
      location: 'Bergen',
    });
    expect(nowV2.headers.etag).not.toBe(etag);

    const reaction = await t.request({
      method: 'POST',
      url: `/api/v1/public/previews/${slug}/reactions`,
      payload: { reaction: 'interested' },
    });
    expect(reaction.json()).toMatchObject({ version: 2 });

    const stats2 = await t.request({
      method: 'GET',
      url: `/api/v1/previews/${previewId}/stats`,
      token: recruiter.token,
    });
    const byVersion = stats2.json().byVersion;
    expect(byVersion).toHaveLength(2);
    expect(byVersion[0]).toMatchObject({ version: 1, interested: 1, notForMe: 3 });
    expect(byVersion[1]).toMatchObject({ version: 2, interested: 1, notForMe: 0, views: 1 });
    expect(stats2.json()).toMatchObject({ interested: 2, notForMe: 3, views: 4 });

    // Publishing again with no open draft is a conflict, not a silent no-op.
    expectProblem(
      await t.request({
        method: 'POST',
        url: `/api/v1/previews/${previewId}/publish`,
        token: recruiter.token,
      }),
      409,
    );
  });

  it('refuses to publish an incomplete preview, naming each field', async () => {
    const role = await t.request({
      method: 'POST',
      url: '/api/v1/job-roles',
      token: admin.token,
      payload: jobRolePayload(),
    });
    const bad = previewPayload({
      hardParts: [],
      timeAllocation: [
        { activity: 'Calls', percent: 60 },
        { activity: 'Mail', percent: 30 },
      ],
      typicalDay: [
        { start: '09:00', end: '11:00', activity: 'Calls', channel: 'phone', description: 'x' },
        { start: '10:30', end: '12:00', activity: 'Mail', channel: 'digital', description: 'y' },
      ],
    });
    const draft = await t.request({
      method: 'POST',
      url: `/api/v1/job-roles/${role.json().id}/previews`,
      token: admin.token,
      payload: bad,
    });
    expect(draft.statusCode).toBe(201);
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/previews/${draft.json().id}/publish`,
      token: admin.token,
    });
    const body = expectProblem(res, 422);
    const fields = (body.errors as { field: string; message: string }[]).map((e) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining(['hardParts', 'timeAllocation', 'typicalDay[1].start']),
    );
    const allocation = (body.errors as { field: string; message: string }[]).find(
      (e) => e.field === 'timeAllocation',
    );
    expect(allocation?.message).toMatch(/90/);
  });

  it('answers an unknown slug with 404 problem+json', async () => {
    expectProblem(
      await t.request({ method: 'GET', url: '/api/v1/public/previews/no-such-slug-1234' }),
      404,
    );
    expectProblem(
      await t.request({
        method: 'POST',
        url: '/api/v1/public/previews/no-such-slug-1234/reactions',
        payload: { reaction: 'interested' },
      }),
      404,
    );
  });
});
