import { Link } from 'react-router';
import { useT } from '../i18n/language';
import { Page } from '../shell/page';
import { candidateMessages } from './messages';
import { YourData } from './rights';

/** After the one submit: what was received, what happens next, the result and the rights. */
export function Done({
  token,
  organization,
  submittedAt,
  resultsShared,
}: {
  token: string;
  organization: string;
  submittedAt: string | null;
  resultsShared: boolean;
}) {
  const { t, formatDate } = useT(candidateMessages);
  return (
    <Page title={t('candidate.done.title')}>
      {submittedAt && (
        <p>
          {t('candidate.done.received', {
            date: formatDate(submittedAt, { dateStyle: 'long', timeStyle: 'short' }),
          })}
        </p>
      )}
      <p>{t('candidate.done.next', { organization })}</p>
      <p>{t('candidate.done.onlyOnce')}</p>
      <p>
        <Link className="button" to={{ pathname: '/a/result', hash: `#${token}` }}>
          {resultsShared ? t('candidate.done.profile') : t('candidate.done.aboutResults')}
        </Link>
      </p>
      <YourData token={token} organization={organization} />
    </Page>
  );
}
