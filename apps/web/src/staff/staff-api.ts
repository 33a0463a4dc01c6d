import createClient from 'openapi-fetch';
import type { paths } from '../api/schema';

/**
 * The staff pages' typed client: the same generated types as `api`, plus the bearer token.
 * The access token lives in this module's memory only — never in localStorage,
 * sessionStorage or a cookie a script can read. A reload starts without it and signs in again
 * through `POST /auth/refresh`, which the browser authenticates with the HttpOnly
 * `rolefit_refresh` cookie (Path=/api/v1/auth) that sign-in set.
 */
let accessToken: string | null = null;
let onUnauthorized: (() => void) | null = null;
/** One refresh at a time: the cookie rotates, and presenting an old one ends the session. */
let refreshing: Promise<string | null> | null = null;

export function setAccessToken(token: string | null): void {
  accessToken = token;
}

export function hasAccessToken(): boolean {
  return accessToken !== null;
}

/** Called when the API answers 401 to a signed-in request and refreshing did not help. */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

const origin = typeof location === 'undefined' ? 'http://localhost' : location.origin;
const AUTH_ROUTES = '/api/v1/auth/';

/**
 * A new access token from the refresh cookie, or null when there is no live session.
 * `stale` is the token a request was refused with: when another request has already replaced
 * it, that newer token is used instead of refreshing again (concurrent 401s refresh once).
 */
export function refreshAccessToken(stale: string | null = null): Promise<string | null> {
  if (stale !== null && accessToken !== null && accessToken !== stale) {
    return Promise.resolve(accessToken);
  }
  refreshing ??= (async () => {
    try {
      const { data } = await staffApi.POST('/api/v1/auth/refresh');
      accessToken = data?.accessToken ?? null;
    } catch {
      accessToken = null;
    }
    return accessToken;
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

/**
 * Adds the bearer token; on a 401 (the short-lived access token expired) refreshes once and
 * sends the same request again. Auth routes are never retried. `fetch` is looked up per
 * request rather than captured once, so component tests can stub it.
 */
async function authorizedFetch(request: Request): Promise<Response> {
  const token = accessToken;
  const isAuthRoute = new URL(request.url).pathname.startsWith(AUTH_ROUTES);
  const again = token && !isAuthRoute ? request.clone() : null;
  if (token) request.headers.set('authorization', `Bearer ${token}`);
  const response = await globalThis.fetch(request);
  if (response.status !== 401 || !again) return response;

  const fresh = await refreshAccessToken(token);
  if (!fresh) {
    onUnauthorized?.();
    return response;
  }
  again.headers.set('authorization', `Bearer ${fresh}`);
  const retried = await globalThis.fetch(again);
  if (retried.status === 401) onUnauthorized?.();
  return retried;
}

// Same origin, written out (Request needs an absolute URL outside a browser too).
export const staffApi = createClient<paths>({ baseUrl: origin, fetch: authorizedFetch });
