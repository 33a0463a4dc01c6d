import { Link, Outlet } from 'react-router';
import { useT } from '../i18n/language';
import { LanguageSwitch } from './language-switch';
import { shellMessages } from './messages';

/** The frame of every page: skip link, header with the language switch, and `<main>`. */
export function Shell() {
  const { t } = useT(shellMessages);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <header className="site-header">
        <Link to="/" className="brand">
          {t('app.name')}
        </Link>
        <LanguageSwitch />
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
