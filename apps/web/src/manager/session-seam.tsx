import { useState, useSyncExternalStore, type FormEvent, type ReactNode } from 'react';
import { api, type Problem } from '../api/client';
import { useT } from '../i18n/language';
import { Page } from '../shell/page';
import { formText } from './data';
import { managerMessages } from './messages';

/*
 * SEAM: the minimum sign-in the manager pages need until the staff shell (sign-in, refresh,
 * sign-out under /app, owned by the staff area) lands. The token lives in memory only, never
 * in storage. When the shell's session is on main, `RequireSession` and `accessToken` below
 * are replaced by it and this file goes.
 */
let token: string | null = null;
const listeners = new Set<() => void>();

function setToken(next: string | null): void {
  token = next;
  listeners.forEach((l) => l());
}

/** The bearer token for requests the typed client cannot make (SSE stream, SVG download). */
export function accessToken(): string | null {
  return token;
}

api.use({
  onRequest({ request }) {
    if (token && !request.headers.has('authorization')) {
      request.headers.set('authorization', `Bearer ${token}`);
    }
    return request;
  },
});

function useToken(): string | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => token,
  );
}

/**
 * Shows its children when signed in, else the page's heading (a deep link still lands on the
 * page it names) with a sign-in form under it.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const current = useToken();
  if (current) return <>{children}</>;
  return <SignIn />;
}

function SignIn() {
  const { t } = useT(managerMessages);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    const { data, error: problem } = await api.POST('/api/v1/auth/login', {
      body: { email: formText(form, 'email'), password: passwordOf(form) },
    });
    setBusy(false);
    if (data) setToken(data.accessToken);
    else setError((problem as Problem | undefined)?.detail ?? t('manager.signIn.failed'));
  }
  return (
    <Page title={t('manager.teams.title')}>
      <h2>{t('manager.signIn.title')}</h2>
      <form className="stack" onSubmit={(e) => void submit(e)}>
        <label>
          {t('manager.signIn.email')}
          <input name="email" type="email" autoComplete="username" required />
        </label>
        <label>
          {t('manager.signIn.password')}
          <input name="password" type="password" autoComplete="current-password" required />
        </label>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div>
          <button type="submit" disabled={busy}>
            {t('manager.signIn.submit')}
          </button>
        </div>
      </form>
    </Page>
  );
}

/** The password as typed (not trimmed: spaces may be part of it). */
function passwordOf(form: FormData): string {
  const value = form.get('password');
  return typeof value === 'string' ? value : '';
}
