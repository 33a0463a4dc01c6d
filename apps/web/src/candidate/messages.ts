import { defineMessages } from '../i18n/catalogue';

export const candidateMessages = defineMessages(
  {
    'candidate.title': 'Your questionnaire',
    'candidate.noToken': 'Open the link from your email to answer the questionnaire.',
  },
  {
    'candidate.title': 'Spørreskjemaet ditt',
    'candidate.noToken': 'Åpne lenken fra e-posten din for å svare på spørreskjemaet.',
  },
);
