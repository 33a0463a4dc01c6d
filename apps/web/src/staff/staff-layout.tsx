import './staff.css';
import { NavLink, Outlet } from 'react-router';
import { useLanguage, useT } from '../i18n/language';
import { staffMessages } from './messages';
import { navFor } from './nav';
import { SessionProvider, useSession } from './session';
import { SignInPage } from './sign-in-page';

/**
 * `/app`: the signed-in shell. Signed out, every `/app/…` address shows the sign-in form and
 * opens the page asked for once signed in. Signed in: who I am, my organisation, sign out,
 * and the navigation this role may use (each area registers its entries in `<area>/nav.ts`).
 */
export function StaffLayout() {
  return (
    <SessionProvider>
      <SignedInShell />
    </SessionProvider>
  );
}

export function SignedInShell() {
  const { t } = useT(staffMessages);
  const { language } = useLanguage();
  const { me, signOut } = useSession();
  if (me === undefined) {
    return (
      <p role="status" className="muted">
        {t('staff.restoring')}
      </p>
    );
  }
  if (me === null) return <SignInPage />;
  return (
    <div className="staff">
      <section className="staff-bar" aria-label={t('staff.account')}>
        <p className="staff-who">
          <span>{t('staff.signedInAs', { name: me.name })}</span>{' '}
          <span className="badge">{t(`staff.role.${me.role}`)}</span>
          <br />
          <span className="muted">{t('staff.organization', { name: me.organization.name })}</span>
        </p>
        <button type="button" className="secondary" onClick={() => void signOut()}>
          {t('staff.signOut')}
        </button>
      </section>
      <nav aria-label={t('staff.navigation')} className="area-nav">
        <ul>
          {navFor(me.role).map((entry) => (
            <li key={entry.to}>
              <NavLink to={entry.to}>{entry.label(language)}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
