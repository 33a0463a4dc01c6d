import { DEMO_PASSWORD } from '../../apps/api/src/demo/demo-roles';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadConfig } from '@rolefit/config';
import type { InjectOptions, Response } from 'light-my-request';
import { randomUUID } from 'node:crypto';
import { createApp } from '../../apps/api/src/bootstrap/create-app';

export interface TestApp {
  app: NestFastifyApplication;
  request(options: InjectOptions & { token?: string }): Promise<Response>;
  close(): Promise<void>;
}

/** Boots the real API (real PostgreSQL and Redis) and talks to it through Fastify inject. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const saved = { ...process.env };
  // Each app counts rate limits on its own unless a test shares RATE_LIMIT_PREFIX on purpose
  // (two apps = two API processes sharing one limit).
  Object.assign(process.env, { RATE_LIMIT_PREFIX: `e2e-limits-${randomUUID()}` }, env);
  const app = await createApp(loadConfig());
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  process.env = saved;
  return {
    app,
    request: ({ token, headers, ...options }) =>
      app.inject({
        ...options,
        headers: { ...(headers ?? {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      }),
    close: () => app.close(),
  };
}

export const uniqueEmail = (prefix = 'user') =>
  `${prefix}-${randomUUID().slice(0, 8)}@rolefit.test`;
/** Every organisation these create signs in with the demo password (a known-valid one). */
export const PASSWORD = DEMO_PASSWORD;

export interface Org {
  token: string;
  email: string;
}

export async function signupOrg(t: TestApp, name = 'Test Org'): Promise<Org> {
  const email = uniqueEmail('admin');
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/auth/signup',
    payload: { organizationName: name, name: 'Admin', email, password: PASSWORD },
  });
  if (res.statusCode !== 201) throw new Error(`signup failed: ${res.statusCode} ${res.body}`);
  return { token: res.json<{ accessToken: string }>().accessToken, email };
}

export async function addUser(
  t: TestApp,
  admin: Org,
  role: 'recruiter' | 'manager' | 'admin',
): Promise<Org> {
  const email = uniqueEmail(role);
  const created = await t.request({
    method: 'POST',
    url: '/api/v1/users',
    token: admin.token,
    payload: { name: role, email, password: PASSWORD, role },
  });
  if (created.statusCode !== 201) throw new Error(`user failed: ${created.body}`);
  const login = await t.request({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password: PASSWORD },
  });
  return { token: login.json<{ accessToken: string }>().accessToken, email };
}

/** Asserts an RFC 9457 problem response and returns its body. */
export function expectProblem(res: Response, status: number): Record<string, unknown> {
  if (res.statusCode !== status) {
    throw new Error(`expected ${status}, got ${res.statusCode}: ${res.body}`);
  }
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = res.json<Record<string, unknown>>();
  expect(body).toMatchObject({ status, title: expect.any(String), detail: expect.any(String) });
  expect(res.body).not.toMatch(/at .*\.(js|ts):\d+|QueryFailedError|SELECT |INSERT /);
  return body;
}
