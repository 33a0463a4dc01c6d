/**
 * The refresh token travels only in this cookie: HttpOnly (no script reads it), Secure
 * (browsers also accept it on http://localhost), SameSite=Strict (never sent from another
 * site, so no CSRF on refresh or logout) and scoped to the auth routes.
 */
export const REFRESH_COOKIE = 'rolefit_refresh';
const ATTRIBUTES = 'Path=/api/v1/auth; HttpOnly; Secure; SameSite=Strict';

export function refreshCookie(value: string, maxAgeSeconds: number): string {
  return `${REFRESH_COOKIE}=${value}; ${ATTRIBUTES}; Max-Age=${maxAgeSeconds}`;
}

export function clearedRefreshCookie(): string {
  return `${REFRESH_COOKIE}=; ${ATTRIBUTES}; Max-Age=0`;
}

/** The refresh cookie's value from a Cookie header, if present and well-formed. */
export function readRefreshCookie(header: string | string[] | undefined): string | undefined {
  const text = Array.isArray(header) ? header.join('; ') : (header ?? '');
  for (const part of text.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name !== REFRESH_COOKIE) continue;
    const value = rest.join('=');
    if (/^[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/.test(value)) return value;
  }
  return undefined;
}
