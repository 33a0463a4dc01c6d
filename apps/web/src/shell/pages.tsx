import { Link, isRouteErrorResponse, useRouteError } from 'react-router';
import { useT } from '../i18n/language';
import { Page } from './page';
import { shellMessages } from './messages';

export function HomePage() {
  const { t } = useT(shellMessages);
  return (
    <Page title={t('home.title')}>
      <p>{t('home.intro')}</p>
      <p>
        <Link to="/app">{t('home.staffLink')}</Link>
      </p>
    </Page>
  );
}

export function NotFoundPage() {
  const { t } = useT(shellMessages);
  return (
    <Page title={t('notFound.title')}>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </Page>
  );
}

/** Shown instead of a page that threw (or a lazy chunk that failed to load). */
export function ErrorPage() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return <ErrorMessage />;
}

function ErrorMessage() {
  const { t } = useT(shellMessages);
  return (
    <div role="alert">
      <Page title={t('error.title')}>
        <p>{t('error.body')}</p>
      </Page>
    </div>
  );
}
