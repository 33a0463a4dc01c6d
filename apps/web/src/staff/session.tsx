import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { components } from '../api/schema';
import { refreshAccessToken, setAccessToken, setUnauthorizedHandler, staffApi } from './staff-api';

export type Me = components['schemas']['MeDto'];
export type StaffRole = Me['role'];

export type SignInOutcome = 'ok' | 'wrong' | 'throttled' | 'failed';

interface SessionState {
  /** undefined while a reload is being signed in again; null when signed out. */
  me: Me | null | undefined;
  /** Set when the session ended by itself (token expired), so the sign-in page can say so. */
  expired: boolean;
  signIn: (email: string, password: string) => Promise<SignInOutcome>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionState | undefined>(undefined);

async function loadMe(token: string): Promise<Me | null> {
  setAccessToken(token);
  const { data } = await staffApi.GET('/api/v1/me');
  if (!data) setAccessToken(null);
  return data ?? null;
}

/**
 * A reload has no access token (it lives in memory only): it signs in again through
 * `POST /auth/refresh` and the HttpOnly refresh cookie, and shows sign-in only when there is
 * no live session.
 */
async function restore(): Promise<Me | null> {
  const token = await refreshAccessToken();
  return token ? loadMe(token) : null;
}

export function SessionProvider({ children, initial }: { children: ReactNode; initial?: Me }) {
  const [me, setMe] = useState<Me | null | undefined>(initial ?? undefined);
  const [expired, setExpired] = useState(false);

  useEffect(() => {
    if (me !== undefined) return;
    let cancelled = false;
    void restore().then((restored) => {
      if (!cancelled) setMe(restored);
    });
    return () => {
      cancelled = true;
    };
  }, [me]);

  useEffect(() => {
    setUnauthorizedHandler(() => {
      setAccessToken(null);
      setExpired(true);
      setMe(null);
    });
    return () => setUnauthorizedHandler(null);
  }, []);

  const signIn = useCallback(async (email: string, password: string) => {
    try {
      const { data, response } = await staffApi.POST('/api/v1/auth/login', {
        body: { email, password },
      });
      if (!data) {
        if (response.status === 429) return 'throttled';
        return response.status === 401 || response.status === 400 ? 'wrong' : 'failed';
      }
      const signedIn = await loadMe(data.accessToken);
      if (!signedIn) return 'failed';
      setExpired(false);
      setMe(signedIn);
      return 'ok';
    } catch {
      return 'failed';
    }
  }, []);

  const signOut = useCallback(async () => {
    try {
      // Ends the session of the refresh cookie and of the bearer token, and clears the cookie.
      await staffApi.POST('/api/v1/auth/logout');
    } catch {
      // Offline: the token is still forgotten below; the session ends when it expires.
    }
    setAccessToken(null);
    setExpired(false);
    setMe(null);
  }, []);

  const value = useMemo(() => ({ me, expired, signIn, signOut }), [me, expired, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession needs a <SessionProvider>');
  return state;
}

/** The signed-in person; only for pages rendered inside the signed-in shell. */
export function useMe(): Me {
  const { me } = useSession();
  if (!me) throw new Error('useMe outside the signed-in shell');
  return me;
}
