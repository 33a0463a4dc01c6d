import { useT } from '../i18n/language';
import { Page } from '../shell/page';
import { recruiterMessages } from './messages';

/** Placeholder start page of the recruiter area. */
export function RecruiterHome() {
  const { t } = useT(recruiterMessages);
  return (
    <Page title={t('recruiter.title')}>
      <p>{t('recruiter.intro')}</p>
    </Page>
  );
}
