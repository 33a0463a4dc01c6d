import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '../api/schema';

/**
 * The staff pages' typed client: the same generated types as `api`, plus the bearer token.
 * The access token lives in this module's memory only — never in localStorage,
 * sessionStorage or a cookie a script can read — so a reload starts without it and signs in
 * again (through the refresh cookie once the API offers one).
 */
let accessToken: string | null = null;
let onUnauthorized: (() => void) | null = null;

export function setAccessToken(token: string | null): void {
  accessToken = token;
}

export function hasAccessToken(): boolean {
  return accessToken !== null;
}

/** Called when the API answers 401 to a signed-in request: the session has ended. */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

const bearer: Middleware = {
  onRequest({ request }) {
    if (accessToken) request.headers.set('authorization', `Bearer ${accessToken}`);
    return request;
  },
  onResponse({ request, response }) {
    if (response.status === 401 && request.headers.has('authorization')) onUnauthorized?.();
    return response;
  },
};

// Same origin, written out (Request needs an absolute URL outside a browser too); `fetch` is
// looked up per request rather than captured once, so component tests can stub it.
export const staffApi = createClient<paths>({
  baseUrl: typeof location === 'undefined' ? '' : location.origin,
  fetch: (request) => globalThis.fetch(request),
});
staffApi.use(bearer);
