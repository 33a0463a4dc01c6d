import { NavLink, Outlet } from 'react-router';
import { useT } from '../i18n/language';
import { staffMessages } from './messages';

/** Navigation between the staff areas; the pages render below it. */
export function StaffLayout() {
  const { t } = useT(staffMessages);
  return (
    <>
      <nav aria-label={t('staff.navigation')} className="area-nav">
        <ul>
          <li>
            <NavLink to="/app/recruiting">{t('staff.recruiting')}</NavLink>
          </li>
          <li>
            <NavLink to="/app/teams">{t('staff.teams')}</NavLink>
          </li>
        </ul>
      </nav>
      <Outlet />
    </>
  );
}
