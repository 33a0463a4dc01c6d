import { JwtService } from '@nestjs/jwt';
import { jobRolePayload } from '@rolefit/testkit';
import { expectProblem, Org, signupOrg, startTestApp, TestApp } from '../support/test-app';

describe('bad input always gets a 4xx problem+json', () => {
  let t: TestApp;
  let org: Org;

  beforeAll(async () => {
    t = await startTestApp();
    org = await signupOrg(t);
  });
  afterAll(() => t.close());

  const post = (url: string, payload: unknown, token?: string) =>
    t.request({ method: 'POST', url, payload: payload as object, token });

  it('lists missing fields, wrong types and unknown fields by path', async () => {
    const res = await post(
      '/api/v1/job-roles',
      { ...jobRolePayload({ title: 42 }), extra: true, channels: { phone: 'x' } },
      org.token,
    );
    const body = expectProblem(res, 400);
    const fields = (body.errors as { field: string }[]).map((e) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'title',
        'extra',
        'channels.phone',
        'channels.digital',
        'channels.inPerson',
      ]),
    );

    const nested = await post(
      '/api/v1/job-roles',
      jobRolePayload({
        profile: [{ dimension: 'prospecting', target: 120, weight: 0, direction: 'up' }],
      }),
      org.token,
    );
    const nestedFields = (expectProblem(nested, 400).errors as { field: string }[]).map(
      (e) => e.field,
    );
    expect(nestedFields).toEqual(
      expect.arrayContaining(['profile[0].target', 'profile[0].weight', 'profile[0].direction']),
    );
  });

  it('checks the rules of a profile: known dimensions, no repeats, channels summing to 100', async () => {
    const res = await post(
      '/api/v1/job-roles',
      jobRolePayload({
        profile: [
          { dimension: 'prospecting', target: 50, weight: 1, direction: 'atLeast' },
          { dimension: 'prospecting', target: 60, weight: 1, direction: 'atLeast' },
          { dimension: 'astrology', target: 60, weight: 1, direction: 'atLeast' },
        ],
        channels: { phone: 50, digital: 20, inPerson: 20 },
      }),
      org.token,
    );
    const errors = expectProblem(res, 422).errors as { field: string; message: string }[];
    expect(errors.map((e) => e.field)).toEqual(
      expect.arrayContaining(['profile[1].dimension', 'profile[2].dimension', 'channels']),
    );
    expect(errors.find((e) => e.field === 'channels')?.message).toMatch(/90/);
  });

  it('rejects malformed JSON, a non-object body and the wrong media type', async () => {
    expectProblem(
      await t.request({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'content-type': 'application/json' },
        payload: '{"email": ',
      }),
      400,
    );
    expectProblem(
      await t.request({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'content-type': 'application/json' },
        payload: '[1,2]',
      }),
      400,
    );
    expectProblem(
      await t.request({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'content-type': 'text/plain' },
        payload: 'hi',
      }),
      415,
    );
  });

  it('rejects bodies over the size limit with 413', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/job-roles',
      token: org.token,
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ title: 'x'.repeat(2_000_000) }),
    });
    expectProblem(res, 413);
  });

  it('answers unknown routes and malformed ids with 404', async () => {
    expectProblem(await t.request({ method: 'GET', url: '/api/v1/nothing-here' }), 404);
    expectProblem(
      await t.request({ method: 'GET', url: '/api/v1/job-roles/not-a-uuid', token: org.token }),
      404,
    );
    expectProblem(
      await t.request({
        method: 'GET',
        url: '/api/v1/job-roles/00000000-0000-4000-8000-000000000000',
        token: org.token,
      }),
      404,
    );
  });

  it('rejects bad pagination parameters', async () => {
    const res = await t.request({
      method: 'GET',
      url: '/api/v1/job-roles?page=0&pageSize=1000',
      token: org.token,
    });
    const fields = (expectProblem(res, 400).errors as { field: string }[]).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['page', 'pageSize']));
    expectProblem(
      await t.request({ method: 'GET', url: '/api/v1/job-roles?sort=evil', token: org.token }),
      400,
    );
  });

  describe('tokens', () => {
    it('requires one', async () => {
      const res = await t.request({ method: 'GET', url: '/api/v1/me' });
      expectProblem(res, 401);
      expect(res.headers['www-authenticate']).toBe('Bearer');
    });

    it('refuses an expired token', async () => {
      const claims = JSON.parse(Buffer.from(org.token.split('.')[1], 'base64url').toString());
      const expired = new JwtService({
        secret: process.env.JWT_SECRET ?? 'rolefit-development-secret-change-me-in-production',
      }).sign(
        {
          sub: claims.sub,
          org: claims.org,
          role: claims.role,
          exp: Math.floor(Date.now() / 1000) - 60,
        },
        { algorithm: 'HS256' },
      );
      const body = expectProblem(
        await t.request({ method: 'GET', url: '/api/v1/me', token: expired }),
        401,
      );
      expect(body.detail).toMatch(/expired/);
    });

    it('refuses a token signed with another key, or with alg none', async () => {
      const claims = JSON.parse(Buffer.from(org.token.split('.')[1], 'base64url').toString());
      const forged = new JwtService({ secret: 'an attacker secret that is long enough!!' }).sign({
        ...claims,
        role: 'admin',
      });
      expectProblem(await t.request({ method: 'GET', url: '/api/v1/me', token: forged }), 401);
      const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
      const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
      expectProblem(
        await t.request({ method: 'GET', url: '/api/v1/me', token: `${header}.${payload}.` }),
        401,
      );
      expectProblem(await t.request({ method: 'GET', url: '/api/v1/me', token: 'garbage' }), 401);
    });
  });

  it('rejects wrong credentials without saying which part was wrong', async () => {
    const wrongPassword = expectProblem(
      await post('/api/v1/auth/login', { email: org.email, password: 'not the password' }),
      401,
    );
    const unknownUser = expectProblem(
      await post('/api/v1/auth/login', {
        email: 'nobody@rolefit.test',
        password: 'not the password',
      }),
      401,
    );
    expect(wrongPassword.detail).toBe(unknownUser.detail);
  });

  it('refuses a second account with the same email', async () => {
    const res = await post('/api/v1/auth/signup', {
      organizationName: 'Again',
      name: 'A',
      email: org.email,
      password: 'another long password',
    });
    expectProblem(res, 409);
  });
});
