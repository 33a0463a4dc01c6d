import { defineMessages } from '../i18n/catalogue';

/** Strings of the public job page and the preview component it shares with the editor. */
export const jobPageMessages = defineMessages(
  {
    'jobPage.hardParts': 'The hard parts',
    'jobPage.typicalDay': 'A typical day',
  },
  {
    'jobPage.hardParts': 'Det som er krevende',
    'jobPage.typicalDay': 'En typisk dag',
  },
);
