import { translate } from '../i18n/translate';
import type { StaffNavEntry } from '../staff/nav';
import { managerMessages } from './messages';

/** The manager area's entries in the workspace navigation. */
export const managerNav: StaffNavEntry[] = [
  {
    to: '/app/teams',
    label: (language) => translate(managerMessages, language, 'manager.title'),
    roles: ['manager', 'admin'],
  },
];
