import { translate } from '../i18n/translate';
import type { StaffNavEntry } from '../staff/nav';
import { recruiterMessages } from './messages';

/** The recruiter area's entries in the workspace navigation (admins see them too). */
export const recruiterNav: StaffNavEntry[] = [
  {
    to: '/app/recruiting',
    label: (language) => translate(recruiterMessages, language, 'recruiter.nav.overview'),
    roles: ['recruiter', 'admin'],
  },
  {
    to: '/app/questionnaires',
    label: (language) => translate(recruiterMessages, language, 'recruiter.nav.questionnaires'),
    roles: ['recruiter', 'admin'],
  },
];
