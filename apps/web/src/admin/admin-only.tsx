import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '../i18n/language';
import { Page } from '../shell/page';
import { useMe } from '../staff/session';
import { adminMessages } from './messages';

/**
 * Admin pages are hidden from other roles' navigation; someone who types the address gets a
 * plain "not allowed" page instead (the API refuses them with 403 as well).
 */
export function AdminOnly({ children }: { children: ReactNode }) {
  const me = useMe();
  const { t } = useT(adminMessages);
  if (me.role === 'admin') return children;
  return (
    <Page title={t('admin.notAllowed.title')}>
      <p>{t('admin.notAllowed.body')}</p>
      <p>
        <Link to="/app">{t('admin.notAllowed.back')}</Link>
      </p>
    </Page>
  );
}
