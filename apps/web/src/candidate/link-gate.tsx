import { useEffect, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useLanguage, useT } from '../i18n/language';
import { Page } from '../shell/page';
import { LinkProblem } from './link-problem';
import { candidateMessages } from './messages';
import { Withdrawn } from './withdrawn';
import { withdrawnMark, type WithdrawnMark } from './withdrawn-store';

/** The token is the URL fragment: `/a#<token>`. Browsers never send it to a server. */
export function tokenFromHash(hash: string): string | undefined {
  const token = decodeURIComponent(hash.replace(/^#/, '')).trim();
  return /^[A-Za-z0-9_-]{16,200}$/.test(token) ? token : undefined;
}

/**
 * The pages of a candidate's link (`/a/…#<token>`): a friendly page without a token, the
 * "withdrawn" page where this browser withdrew the application, else the page itself.
 */
export function LinkGate({ children }: { children: (token: string) => ReactNode }) {
  const { hash } = useLocation();
  const token = tokenFromHash(hash);
  if (!token) return <LinkProblem kind="noToken" />;
  return <WithdrawnCheck key={token} token={token} render={children} />;
}

function WithdrawnCheck({
  token,
  render,
}: {
  token: string;
  render: (token: string) => ReactNode;
}) {
  const { t } = useT(candidateMessages);
  const { setLanguage } = useLanguage();
  const [checked, setChecked] = useState<{ mark: WithdrawnMark | undefined }>();
  useEffect(() => {
    let cancelled = false;
    void withdrawnMark(token).then((mark) => {
      if (cancelled) return;
      // The page speaks the language the candidate withdrew in (the switch still changes it).
      if (mark) setLanguage(mark.language);
      setChecked({ mark });
    });
    return () => {
      cancelled = true;
    };
  }, [token, setLanguage]);
  if (!checked) return <Loading label={t('candidate.loading')} />;
  if (checked.mark) return <Withdrawn at={checked.mark.at} />;
  return render(token);
}

export function Loading({ label }: { label: string }) {
  const { t } = useT(candidateMessages);
  return (
    <Page title={t('candidate.title')}>
      <p role="status">{label}</p>
    </Page>
  );
}
