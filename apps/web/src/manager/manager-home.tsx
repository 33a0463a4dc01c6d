import { useT } from '../i18n/language';
import { Page } from '../shell/page';
import { managerMessages } from './messages';

/** Placeholder start page of the manager area. */
export function ManagerHome() {
  const { t } = useT(managerMessages);
  return (
    <Page title={t('manager.title')}>
      <p>{t('manager.intro')}</p>
    </Page>
  );
}
