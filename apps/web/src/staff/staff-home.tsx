import { useT } from '../i18n/language';
import { Page } from '../shell/page';
import { staffMessages } from './messages';

export function StaffHome() {
  const { t } = useT(staffMessages);
  return <Page title={t('staff.title')} />;
}
