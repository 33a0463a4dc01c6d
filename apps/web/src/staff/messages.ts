import { defineMessages } from '../i18n/catalogue';

export const staffMessages = defineMessages(
  {
    'staff.title': 'Workspace',
    'staff.navigation': 'Workspace',
    'staff.recruiting': 'Recruiting',
    'staff.teams': 'Teams',
  },
  {
    'staff.title': 'Arbeidsområde',
    'staff.navigation': 'Arbeidsområde',
    'staff.recruiting': 'Rekruttering',
    'staff.teams': 'Team',
  },
);
