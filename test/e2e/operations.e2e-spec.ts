import { jobRolePayload, previewPayload } from '@rolefit/testkit';
import { expectProblem, signupOrg, startTestApp, TestApp, uniqueEmail } from '../support/test-app';

describe('operations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('reports liveness and readiness of PostgreSQL and Redis', async () => {
    expect((await t.request({ method: 'GET', url: '/api/v1/health/live' })).json()).toEqual({
      status: 'ok',
    });
    const ready = await t.request({ method: 'GET', url: '/api/v1/health/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({
      status: 'ok',
      info: { database: { status: 'up' }, redis: { status: 'up' } },
    });
  });

  it('serves an OpenAPI document describing every route with schemas', async () => {
    const res = await t.request({ method: 'GET', url: '/docs-json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    for (const path of [
      '/api/v1/auth/signup',
      '/api/v1/job-roles/{id}',
      '/api/v1/previews/{id}/publish',
      '/api/v1/public/previews/{slug}',
    ]) {
      expect(doc.paths[path]).toBeDefined();
    }
    expect(doc.components.schemas.CreateJobRoleDto.required).toEqual(
      expect.arrayContaining(['title', 'profile', 'channels']),
    );
    const ui = await t.request({ method: 'GET', url: '/docs' });
    expect(ui.statusCode).toBe(200);
    expect(ui.headers['content-type']).toMatch(/html/);
  });

  it('echoes a request id', async () => {
    const res = await t.request({
      method: 'GET',
      url: '/api/v1/health/live',
      headers: { 'x-request-id': 'abc-123' },
    });
    expect(res.headers['x-request-id']).toBe('abc-123');
  });
});

describe('rate limits on signup and login', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ AUTH_RATE_LIMIT: '3', AUTH_RATE_WINDOW_SECONDS: '60' });
  });
  afterAll(() => t.close());

  it('answers 429 with Retry-After once the limit is spent, per client address', async () => {
    const attempt = (remoteAddress: string) =>
      t.request({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress,
        payload: { email: uniqueEmail(), password: 'wrong password!!' },
      });
    for (let i = 0; i < 3; i++) expect((await attempt('10.9.8.7')).statusCode).toBe(401);
    const limited = await attempt('10.9.8.7');
    expectProblem(limited, 429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Another address is not affected.
    expect((await attempt('10.9.8.8')).statusCode).toBe(401);
  });
});

describe('public preview reads', () => {
  async function publishedSlug(t: TestApp): Promise<string> {
    const org = await signupOrg(t);
    const role = await t.request({
      method: 'POST',
      url: '/api/v1/job-roles',
      token: org.token,
      payload: jobRolePayload(),
    });
    const draft = await t.request({
      method: 'POST',
      url: `/api/v1/job-roles/${role.json().id}/previews`,
      token: org.token,
      payload: previewPayload(),
    });
    const published = await t.request({
      method: 'POST',
      url: `/api/v1/previews/${draft.json().id}/publish`,
      token: org.token,
    });
    return published.json<{ slug: string }>().slug;
  }

  it('are not throttled by default', async () => {
    const t = await startTestApp();
    try {
      const slug = await publishedSlug(t);
      for (let i = 0; i < 60; i++) {
        const res = await t.request({
          method: 'GET',
          url: `/api/v1/public/previews/${slug}`,
          remoteAddress: '10.1.1.1',
        });
        expect(res.statusCode).toBe(200);
      }
    } finally {
      await t.close();
    }
  });

  it('can be limited per client address with PUBLIC_READ_RATE_LIMIT', async () => {
    const t = await startTestApp({ PUBLIC_READ_RATE_LIMIT: '3' });
    try {
      const slug = await publishedSlug(t);
      const read = (remoteAddress: string) =>
        t.request({ method: 'GET', url: `/api/v1/public/previews/${slug}`, remoteAddress });
      for (let i = 0; i < 3; i++) expect((await read('10.2.2.2')).statusCode).toBe(200);
      const limited = await read('10.2.2.2');
      expectProblem(limited, 429);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect((await read('10.2.2.3')).statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });
});
