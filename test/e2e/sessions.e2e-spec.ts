import type { Response } from 'light-my-request';
import { JwtService } from '@nestjs/jwt';
import { loadConfig } from '@rolefit/config';
import { SessionRepository } from '@rolefit/persistence';
import { DataSource } from 'typeorm';
import {
  addUser,
  expectProblem,
  Org,
  PASSWORD,
  signupOrg,
  startTestApp,
  TestApp,
  uniqueEmail,
} from '../support/test-app';

/** The refresh cookie's `name=value` from a response, and its attributes. */
function refreshCookieOf(res: Response): { pair: string; attributes: string } {
  const header = res.headers['set-cookie'];
  const cookie = (Array.isArray(header) ? header : [header ?? '']).find((c) =>
    c.startsWith('rolefit_refresh='),
  );
  if (!cookie) throw new Error(`no refresh cookie in ${res.statusCode} ${res.body}`);
  const [pair, ...attributes] = cookie.split('; ');
  return { pair, attributes: attributes.join('; ') };
}

describe('sessions: short access tokens, rotating refresh cookie, revocation at once', () => {
  let t: TestApp;
  let db: DataSource;
  let admin: Org;

  const api = (
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    options: { token?: string; payload?: unknown; cookie?: string; ip?: string } = {},
  ) =>
    t.request({
      method,
      url: `/api/v1${url}`,
      token: options.token,
      payload: options.payload as object,
      headers: options.cookie ? { cookie: options.cookie } : {},
      ...(options.ip && { remoteAddress: options.ip }),
    });
  const login = (email: string, password = PASSWORD, ip?: string) =>
    api('POST', '/auth/login', { payload: { email, password }, ip });

  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_URL: 'https://rolefit.example' });
    db = t.app.get(DataSource);
    admin = await signupOrg(t, 'Sessions AS');
  });
  afterAll(() => t.close());

  it('signs in with a short access token (iss, aud, sid) and an HttpOnly; Secure; SameSite=Strict refresh cookie', async () => {
    const res = await login(admin.email);
    expect(res.statusCode).toBe(200);
    expect(res.json().expiresIn).toBe(900);
    const { pair, attributes } = refreshCookieOf(res);
    expect(pair).toMatch(/^rolefit_refresh=[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/);
    expect(attributes).toBe(
      'Path=/api/v1/auth; HttpOnly; Secure; SameSite=Strict; Max-Age=2592000',
    );
    const claims = JSON.parse(
      Buffer.from(res.json().accessToken.split('.')[1], 'base64url').toString(),
    );
    expect(claims).toMatchObject({
      iss: 'https://rolefit.example',
      aud: 'rolefit-api',
      role: 'admin',
    });
    expect(claims.exp - claims.iat).toBe(900);
    expect(res.body).not.toContain(pair.split('=')[1]);
  });

  it('refuses tokens for another audience or issuer, even when signed with the right key', async () => {
    const res = await login(admin.email);
    const claims = JSON.parse(
      Buffer.from(res.json().accessToken.split('.')[1], 'base64url').toString(),
    );
    const jwt = new JwtService({ secret: loadConfig().JWT_SECRET });
    const { sub, org, role, sid } = claims;
    for (const options of [
      { audience: 'another-api', issuer: 'https://rolefit.example' },
      { audience: 'rolefit-api', issuer: 'https://evil.example' },
      { audience: 'rolefit-api' },
    ]) {
      const forged = await jwt.signAsync({ sub, org, role, sid }, { expiresIn: 60, ...options });
      expectProblem(await api('GET', '/me', { token: forged }), 401);
    }
    expect((await api('GET', '/me', { token: res.json().accessToken })).statusCode).toBe(200);
  });

  it('rotates the refresh cookie on use; a same-origin browser refreshes with it on reload', async () => {
    const first = refreshCookieOf(await login(admin.email)).pair;
    const refreshed = await api('POST', '/auth/refresh', { cookie: first });
    expect(refreshed.statusCode).toBe(200);
    const second = refreshCookieOf(refreshed).pair;
    expect(second).not.toBe(first);
    expect(second.split('.')[0]).toBe(first.split('.')[0]); // same session
    expect((await api('GET', '/me', { token: refreshed.json().accessToken })).statusCode).toBe(200);
    // A second tab refreshing with the previous cookie at the same moment gets a token but
    // no new cookie (the browser already holds the newest).
    const parallel = await api('POST', '/auth/refresh', { cookie: first });
    expect(parallel.statusCode).toBe(200);
    expect(parallel.headers['set-cookie']).toBeUndefined();
    expect((await api('POST', '/auth/refresh', { cookie: second })).statusCode).toBe(200);
    expectProblem(await api('POST', '/auth/refresh'), 401);
  });

  it('revokes the whole session when an old refresh token is presented again (reuse = stolen)', async () => {
    const signedIn = await login(admin.email);
    const stolen = refreshCookieOf(signedIn).pair;
    const rotated = await api('POST', '/auth/refresh', { cookie: stolen });
    const current = refreshCookieOf(rotated).pair;
    // Past the few seconds allowed for parallel tabs, the thief replays the old token.
    await db.query(`UPDATE sessions SET rotated_at = now() - interval '1 minute'`);
    const replay = await api('POST', '/auth/refresh', { cookie: stolen });
    expectProblem(replay, 401);
    expect(refreshCookieOf(replay).attributes).toContain('Max-Age=0');
    // The legitimate holder is signed out too, and so is every access token of the session.
    expectProblem(await api('POST', '/auth/refresh', { cookie: current }), 401);
    expectProblem(await api('GET', '/me', { token: rotated.json().accessToken }), 401);
    expectProblem(await api('GET', '/me', { token: signedIn.json().accessToken }), 401);
    const [{ revoked_reason: reason }] = await db.query(
      `SELECT revoked_reason FROM sessions WHERE id = $1`,
      [stolen.split('=')[1].split('.')[0]],
    );
    expect(reason).toBe('refresh token reuse');
  });

  it('signs out: the session ends for its access token and its refresh cookie', async () => {
    const signedIn = await login(admin.email);
    const cookie = refreshCookieOf(signedIn).pair;
    const token = signedIn.json().accessToken;
    const out = await api('POST', '/auth/logout', { token, cookie });
    expect(out.statusCode).toBe(204);
    expect(refreshCookieOf(out).attributes).toContain('Max-Age=0');
    expectProblem(await api('GET', '/me', { token }), 401);
    expectProblem(await api('POST', '/auth/refresh', { cookie }), 401);
    // Other sessions of the same user are not affected.
    expect((await api('GET', '/me', { token: admin.token })).statusCode).toBe(200);
  });

  it('checks the sessions of requests arriving together in one query, each against its own session', async () => {
    const recruiter = await addUser(t, admin, 'recruiter');
    const signedOut = await login(admin.email);
    await api('POST', '/auth/logout', { token: signedOut.json().accessToken });
    // A live session presented with another user's id (a token signed with the right key).
    const claims = JSON.parse(
      Buffer.from(recruiter.token.split('.')[1], 'base64url').toString(),
    ) as { sub: string; org: string; role: string; sid: string; iss: string; aud: string };
    const adminId = (await api('GET', '/me', { token: admin.token })).json().id as string;
    const crossed = await new JwtService({ secret: loadConfig().JWT_SECRET }).signAsync(
      { sub: adminId, org: claims.org, role: 'admin', sid: claims.sid },
      { expiresIn: 60, audience: claims.aud, issuer: claims.iss },
    );

    const sessions = t.app.get(SessionRepository);
    const batches = jest.spyOn(sessions, 'callers');
    const asked: { token: string; status: number; role?: string }[] = [
      ...Array.from({ length: 5 }, () => ({ token: admin.token, status: 200, role: 'admin' })),
      ...Array.from({ length: 5 }, () => ({
        token: recruiter.token,
        status: 200,
        role: 'recruiter',
      })),
      { token: signedOut.json().accessToken as string, status: 401 },
      { token: crossed, status: 401 },
    ];
    const answers = await Promise.all(asked.map(({ token }) => api('GET', '/me', { token })));
    const calls = [...batches.mock.calls];
    batches.mockRestore();

    expect(answers.map((a) => a.statusCode)).toEqual(asked.map((a) => a.status));
    answers.forEach((answer, i) => {
      if (asked[i].status === 200) expect(answer.json().role).toBe(asked[i].role);
    });
    const checked = calls.flatMap(([keys]) => keys);
    expect(checked).toHaveLength(asked.length);
    // Fewer queries than requests: the twelve were checked in batches, not one by one.
    expect(calls.length).toBeLessThan(asked.length / 2);
  });

  it('a demoted admin’s next request is refused; deactivated and deleted users are out at once', async () => {
    const second = await addUser(t, admin, 'admin');
    const me = await api('GET', '/me', { token: second.token });
    const secondId = me.json().id;
    expect((await api('GET', '/users', { token: second.token })).statusCode).toBe(200);

    const demoted = await api('PATCH', `/users/${secondId}`, {
      token: admin.token,
      payload: { role: 'recruiter' },
    });
    expect(demoted.json()).toMatchObject({ role: 'recruiter', active: true });
    // Same access token, next request: the current role counts, not the token's.
    expectProblem(await api('GET', '/users', { token: second.token }), 403);
    expectProblem(
      await api('POST', '/users', {
        token: second.token,
        payload: { name: 'x', email: uniqueEmail(), password: PASSWORD, role: 'admin' },
      }),
      403,
    );
    expect((await api('GET', '/me', { token: second.token })).json().role).toBe('recruiter');

    await api('PATCH', `/users/${secondId}`, { token: admin.token, payload: { active: false } });
    expectProblem(await api('GET', '/me', { token: second.token }), 401);
    expectProblem(await login(second.email), 401);
    await api('PATCH', `/users/${secondId}`, { token: admin.token, payload: { active: true } });
    const again = await login(second.email);
    expect(again.statusCode).toBe(200);

    expect((await api('DELETE', `/users/${secondId}`, { token: admin.token })).statusCode).toBe(
      204,
    );
    expectProblem(await api('GET', '/me', { token: again.json().accessToken }), 401);
    expectProblem(await login(second.email), 401);
  });

  it('always keeps one active admin', async () => {
    const org = await signupOrg(t, 'One Admin AS');
    const id = (await api('GET', '/me', { token: org.token })).json().id;
    for (const payload of [{ role: 'manager' }, { active: false }]) {
      const refused = expectProblem(
        await api('PATCH', `/users/${id}`, { token: org.token, payload }),
        409,
      );
      expect(refused.detail).toMatch(/at least one active admin/);
    }
    expectProblem(await api('DELETE', `/users/${id}`, { token: org.token }), 409);
    // With a second admin, the first may step down.
    await addUser(t, org, 'admin');
    expect(
      (await api('PATCH', `/users/${id}`, { token: org.token, payload: { role: 'manager' } }))
        .statusCode,
    ).toBe(200);
  });

  it('lists users (paginated) and keeps other organisations out', async () => {
    const org = await signupOrg(t, 'List AS');
    await addUser(t, org, 'recruiter');
    await addUser(t, org, 'manager');
    const page = await api('GET', '/users?pageSize=2', { token: org.token });
    expect(page.json()).toMatchObject({ page: 1, pageSize: 2, total: 3 });
    expect(page.json().items).toHaveLength(2);
    expect(page.json().items[0]).not.toHaveProperty('passwordHash');
    const otherId = (await api('GET', '/me', { token: admin.token })).json().id;
    expectProblem(
      await api('PATCH', `/users/${otherId}`, { token: org.token, payload: { role: 'manager' } }),
      404,
    );
    expectProblem(await api('DELETE', `/users/${otherId}`, { token: org.token }), 404);
    const recruiter = await addUser(t, org, 'recruiter');
    expectProblem(await api('GET', '/users', { token: recruiter.token }), 403);
  });

  it('changes a password with the current one; other sessions end, this one goes on', async () => {
    const user = await addUser(t, admin, 'recruiter');
    const other = await login(user.email);
    const wrong = expectProblem(
      await api('POST', '/me/password', {
        token: user.token,
        payload: { currentPassword: 'not the password', newPassword: 'a brand new password' },
      }),
      422,
    );
    expect(wrong.errors).toEqual([{ field: 'currentPassword', message: expect.any(String) }]);
    const changed = await api('POST', '/me/password', {
      token: user.token,
      payload: { currentPassword: PASSWORD, newPassword: 'a brand new password' },
    });
    expect(changed.statusCode).toBe(204);
    expect((await api('GET', '/me', { token: user.token })).statusCode).toBe(200);
    expectProblem(await api('GET', '/me', { token: other.json().accessToken }), 401);
    expectProblem(await login(user.email), 401);
    expect((await login(user.email, 'a brand new password')).statusCode).toBe(200);
  });
});

describe('no enumeration, no cheap floods (limits shared in Redis)', () => {
  const apps: TestApp[] = [];
  afterAll(async () => {
    for (const app of apps) await app.close();
  });

  it('two API processes share one sign-in limit per address', async () => {
    const shared = { RATE_LIMIT_PREFIX: `shared-${Date.now()}`, AUTH_RATE_LIMIT: '4' };
    const a = await startTestApp(shared);
    const b = await startTestApp(shared);
    apps.push(a, b);
    const attempt = (app: TestApp) =>
      app.request({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: uniqueEmail(), password: 'wrong password!' },
        remoteAddress: '198.51.100.77',
      });
    const codes = [];
    for (const app of [a, b, a, b, a, b]) codes.push((await attempt(app)).statusCode);
    // 4 allowed in total across both processes, not 4 each.
    expect(codes).toEqual([401, 401, 401, 401, 429, 429]);
  });

  it('throttles sign-in per account, whatever the address, without revealing whether it exists', async () => {
    const t = await startTestApp({ LOGIN_FAILURE_LIMIT: '3' });
    apps.push(t);
    const org = await signupOrg(t, 'Throttle AS');
    const tryLogin = (email: string, password: string, i: number) =>
      t.request({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email, password },
        remoteAddress: `203.0.113.${i}`,
      });
    for (let i = 0; i < 3; i++)
      expectProblem(await tryLogin(org.email, 'guess number ' + i, i), 401);
    // Now even the right password is refused for a while: the guesser cannot confirm a hit.
    const limited = expectProblem(await tryLogin(org.email, PASSWORD, 9), 429);
    expect(limited.detail).toMatch(/this account/);
    // An unknown account behaves the same.
    const ghost = uniqueEmail('ghost');
    for (let i = 0; i < 3; i++) expectProblem(await tryLogin(ghost, 'x'.repeat(12), i), 401);
    expectProblem(await tryLogin(ghost, 'x'.repeat(12), 9), 429);
  });

  it('throttles and caps user creation and invitations per organisation', async () => {
    const t = await startTestApp({ USER_INVITE_RATE_LIMIT: '3', MAX_USERS_PER_ORGANIZATION: '3' });
    apps.push(t);
    const org = await signupOrg(t, 'Cap AS');
    const create = () =>
      t.request({
        method: 'POST',
        url: '/api/v1/users',
        token: org.token,
        payload: { name: 'U', email: uniqueEmail(), password: PASSWORD, role: 'recruiter' },
      });
    const invite = () =>
      t.request({
        method: 'POST',
        url: '/api/v1/users/invitations',
        token: org.token,
        payload: { name: 'I', email: uniqueEmail(), role: 'manager' },
      });
    expect((await create()).statusCode).toBe(201);
    expect((await invite()).statusCode).toBe(202);
    // Admin + user + open invitation = the cap of 3.
    expect(expectProblem(await create(), 409).detail).toMatch(/limit of 3 users/);
    expectProblem(await invite(), 429);
    expectProblem(await create(), 429);
  });

  it('answers an invitation the same for an address that has an account elsewhere', async () => {
    const t = await startTestApp();
    apps.push(t);
    const mine = await signupOrg(t, 'Mine AS');
    const theirs = await signupOrg(t, 'Theirs AS');
    const invite = (email: string) =>
      t.request({
        method: 'POST',
        url: '/api/v1/users/invitations',
        token: mine.token,
        payload: { name: 'Probe', email, role: 'recruiter' },
      });
    const known = await invite(theirs.email);
    const unknown = await invite(uniqueEmail('nobody'));
    expect(known.statusCode).toBe(202);
    expect(known.body).toBe(unknown.body);
    const reset = (email: string) =>
      t.request({ method: 'POST', url: '/api/v1/auth/password-reset', payload: { email } });
    const r1 = await reset(theirs.email);
    const r2 = await reset(uniqueEmail('nobody'));
    expect([r1.statusCode, r2.statusCode]).toEqual([202, 202]);
    expect(r1.body).toBe(r2.body);
  });
});
