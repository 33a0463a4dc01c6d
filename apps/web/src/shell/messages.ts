import { defineMessages } from '../i18n/catalogue';

/** Strings of the app shell: header, skip link, language switch, errors, start page. */
export const shellMessages = defineMessages(
  {
    'app.name': 'Rolefit',
    'shell.skipToContent': 'Skip to main content',
    'shell.language': 'Language',
    'shell.pageTitle': '{page} – Rolefit',
    'home.title': 'Rolefit',
    'home.intro': 'Realistic job previews, explained role-fit scoring and team-role maps.',
    'home.staffLink': 'Go to the workspace',
    'notFound.title': 'Page not found',
    'notFound.body': 'There is no page at this address. Check the link, or go to the start page.',
    'notFound.home': 'Go to the start page',
    'error.title': 'Something went wrong',
    'error.body': 'The page could not be shown. Reload the page to try again.',
    loading: 'Loading…',
  },
  {
    'app.name': 'Rolefit',
    'shell.skipToContent': 'Gå til hovedinnholdet',
    'shell.language': 'Språk',
    'shell.pageTitle': '{page} – Rolefit',
    'home.title': 'Rolefit',
    'home.intro':
      'Realistiske stillingsforhåndsvisninger, forklart rolletilpasning og teamrollekart.',
    'home.staffLink': 'Gå til arbeidsområdet',
    'notFound.title': 'Fant ikke siden',
    'notFound.body':
      'Det finnes ingen side på denne adressen. Sjekk lenken, eller gå til startsiden.',
    'notFound.home': 'Gå til startsiden',
    'error.title': 'Noe gikk galt',
    'error.body': 'Siden kunne ikke vises. Last inn siden på nytt for å prøve igjen.',
    loading: 'Laster …',
  },
);
