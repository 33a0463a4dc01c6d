import { translate } from '../i18n/translate';
import type { StaffNavEntry } from '../staff/nav';
import { adminMessages } from './messages';

/** The admin pages in the workspace navigation: administrators only. */
export const adminNav: StaffNavEntry[] = [
  {
    to: '/app/admin/users',
    label: (language) => translate(adminMessages, language, 'admin.nav.users'),
    roles: ['admin'],
  },
  {
    to: '/app/admin/organization',
    label: (language) => translate(adminMessages, language, 'admin.nav.organization'),
    roles: ['admin'],
  },
];
