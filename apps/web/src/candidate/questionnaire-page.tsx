import { useT } from '../i18n/language';
import { Page } from '../shell/page';
import { candidateMessages } from './messages';

/** Placeholder: the questionnaire itself is being built here. */
export function QuestionnairePage() {
  const { t } = useT(candidateMessages);
  return (
    <Page title={t('candidate.title')}>
      <p>{t('candidate.noToken')}</p>
    </Page>
  );
}
