import { useT } from '../i18n/language';
import { Page } from '../shell/page';
import { candidateMessages } from './messages';

/** The link of an application this browser withdrew: nothing more happens with it. */
export function Withdrawn({ at }: { at: string }) {
  const { t, formatDate } = useT(candidateMessages);
  const date = Number.isNaN(Date.parse(at)) ? undefined : at;
  return (
    <Page title={t('candidate.withdrawn.title')}>
      {date && (
        <p>
          {t('candidate.withdrawn.when', {
            date: formatDate(date, { dateStyle: 'long', timeStyle: 'short' }),
          })}
        </p>
      )}
      <p>{t('candidate.withdrawn.body')}</p>
      <p>{t('candidate.withdrawn.again')}</p>
    </Page>
  );
}
