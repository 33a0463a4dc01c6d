import { Navigate } from 'react-router';
import { useT } from '../i18n/language';
import { Page } from '../shell/page';
import { staffMessages } from './messages';
import { navFor } from './nav';
import { useMe } from './session';

/** `/app` itself: the first page this role may use. */
export function StaffHome() {
  const me = useMe();
  const { t } = useT(staffMessages);
  const first = navFor(me.role)[0];
  if (first) return <Navigate to={first.to} replace />;
  return <Page title={t('staff.title')} />;
}
