import { useT } from '../i18n/language';
import { Page } from '../shell/page';
import { candidateMessages } from './messages';

/** After the one submit: what was received, and what happens next. */
export function Done({
  organization,
  submittedAt,
}: {
  organization: string;
  submittedAt: string | null;
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
    </Page>
  );
}
