import { defineMessages } from '../i18n/catalogue';

export const managerMessages = defineMessages(
  {
    'manager.title': 'Teams',
    'manager.intro': 'Teams, analyses and the team-role map.',
  },
  {
    'manager.title': 'Team',
    'manager.intro': 'Team, analyser og teamrollekartet.',
  },
);
