import { afterEach, describe, expect, it, vi } from 'vitest';
import { refreshAccessToken, setAccessToken, setUnauthorizedHandler, staffApi } from './staff-api';
import { jsonResponse as json } from '../test-support/json-response';

/** An API whose access tokens `valid` accepts; refresh hands out `next` (or 401 when null). */
function stubApi(valid: Set<string>, next: () => string | null) {
  const calls: { path: string; authorization: string | null }[] = [];
  vi.stubGlobal('fetch', async (request: Request) => {
    const path = new URL(request.url).pathname;
    const authorization = request.headers.get('authorization');
    calls.push({ path, authorization });
    if (path === '/api/v1/auth/refresh') {
      const token = next();
      if (!token) return json({ status: 401 }, 401);
      valid.add(token);
      return json({ accessToken: token });
    }
    const token = authorization?.replace(/^Bearer /, '') ?? '';
    if (!valid.has(token)) return json({ status: 401, title: 'Unauthorized' }, 401);
    if (path === '/api/v1/teams' && request.method === 'POST') {
      return json({ echoed: await request.json() }, 201);
    }
    return json({ page: 1, pageSize: 20, total: 0, items: [] });
  });
  return calls;
}

describe('staff client: the access token in memory, refreshed once on 401', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    setAccessToken(null);
    setUnauthorizedHandler(null);
  });

  it('refreshes an expired token once and sends the same request again (body included)', async () => {
    let issued = 0;
    const calls = stubApi(new Set(), () => `fresh-${++issued}`);
    setAccessToken('expired');
    const { data, response } = await staffApi.POST('/api/v1/teams', {
      body: { name: 'North' } as never,
    });
    expect(response.status).toBe(201);
    expect(data).toEqual({ echoed: { name: 'North' } });
    expect(calls.map((c) => `${c.path} ${c.authorization}`)).toEqual([
      '/api/v1/teams Bearer expired',
      '/api/v1/auth/refresh Bearer expired',
      '/api/v1/teams Bearer fresh-1',
    ]);
  });

  it('concurrent 401s share one refresh (the cookie rotates; an old one ends the session)', async () => {
    let issued = 0;
    const calls = stubApi(new Set(), () => `fresh-${++issued}`);
    setAccessToken('expired');
    const results = await Promise.all([
      staffApi.GET('/api/v1/teams'),
      staffApi.GET('/api/v1/teams'),
      staffApi.GET('/api/v1/teams'),
    ]);
    expect(results.map((r) => r.response.status)).toEqual([200, 200, 200]);
    expect(calls.filter((c) => c.path === '/api/v1/auth/refresh')).toHaveLength(1);
    // A late 401 for the old token takes the new one instead of refreshing again.
    expect(await refreshAccessToken('expired')).toBe('fresh-1');
    expect(calls.filter((c) => c.path === '/api/v1/auth/refresh')).toHaveLength(1);
  });

  it('without a live session: the 401 stands and the shell is told once', async () => {
    const calls = stubApi(new Set(), () => null);
    const ended = vi.fn();
    setUnauthorizedHandler(ended);
    setAccessToken('expired');
    const { response } = await staffApi.GET('/api/v1/teams');
    expect(response.status).toBe(401);
    expect(ended).toHaveBeenCalledTimes(1);
    expect(calls.filter((c) => c.path === '/api/v1/teams')).toHaveLength(1);
    expect(await refreshAccessToken()).toBeNull();
  });

  it('a request without a token is not retried', async () => {
    const calls = stubApi(new Set(), () => 'fresh');
    const { response } = await staffApi.GET('/api/v1/teams');
    expect(response.status).toBe(401);
    expect(calls).toEqual([{ path: '/api/v1/teams', authorization: null }]);
  });
});
