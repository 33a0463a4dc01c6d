import { defineMessages } from '../i18n/catalogue';

export const recruiterMessages = defineMessages(
  {
    'recruiter.title': 'Recruiting',
    'recruiter.intro': 'Job roles, previews, questionnaires and candidates.',
  },
  {
    'recruiter.title': 'Rekruttering',
    'recruiter.intro': 'Stillingsroller, forhåndsvisninger, spørreskjemaer og kandidater.',
  },
);
