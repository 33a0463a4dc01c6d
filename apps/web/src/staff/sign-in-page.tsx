import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useT } from '../i18n/language';
import { Page } from '../shell/page';
import { staffMessages } from './messages';
import { useSession, type SignInOutcome } from './session';

const OUTCOME_MESSAGE = {
  wrong: 'staff.signIn.wrong',
  throttled: 'staff.signIn.throttled',
  failed: 'staff.signIn.failed',
} as const;

/**
 * Sign-in at `/app` (and any `/app/…` address while signed out; the page asked for opens
 * after). A real `<form>` with `autocomplete="username"` / `"current-password"`, so password
 * managers fill and save it.
 */
export function SignInPage() {
  const { t } = useT(staffMessages);
  const { signIn, expired } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const emailValue = form.get('email');
    const passwordValue = form.get('password');
    const email = typeof emailValue === 'string' ? emailValue.trim() : '';
    const password = typeof passwordValue === 'string' ? passwordValue : '';
    if (!email || !password) {
      setError(t('staff.signIn.missing'));
      return;
    }
    setBusy(true);
    setError(null);
    const outcome: SignInOutcome = await signIn(email, password);
    setBusy(false);
    if (outcome !== 'ok') setError(t(OUTCOME_MESSAGE[outcome]));
  }

  return (
    <Page title={t('staff.signIn.title')}>
      <p>{expired ? t('staff.signIn.expired') : t('staff.signIn.intro')}</p>
      <form className="form sign-in" method="post" onSubmit={(e) => void submit(e)} noValidate>
        <div className="field">
          <label htmlFor="sign-in-email">{t('staff.signIn.email')}</label>
          <input
            id="sign-in-email"
            name="email"
            type="email"
            autoComplete="username"
            inputMode="email"
            required
            aria-describedby={error ? errorId : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor="sign-in-password">{t('staff.signIn.password')}</label>
          <input
            id="sign-in-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            aria-describedby={error ? errorId : undefined}
          />
        </div>
        <p id={errorId} role="alert" className="field-error">
          {error}
        </p>
        <button type="submit" disabled={busy}>
          {busy ? t('staff.signIn.busy') : t('staff.signIn.submit')}
        </button>
      </form>
    </Page>
  );
}
