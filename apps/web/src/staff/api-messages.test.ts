import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/translate';
import { sayApiMessage } from './api-messages';
import { staffMessages } from './messages';

const say = (language: 'en' | 'nb', message: string) =>
  sayApiMessage(message, (key, vars) => translate(staffMessages, language, key, vars));

describe('the API’s English messages, said in the reader’s language', () => {
  it.each([
    ['must not be greater than 120', 'Must be 120 or less.', 'Må være 120 eller mindre.'],
    [
      'must be an email',
      'Enter an email address, like name@example.com.',
      'Skriv en e-postadresse, som navn@eksempel.no.',
    ],
    ['a headline is required', 'Fill this in.', 'Fyll ut dette feltet.'],
    ['English text is required', 'Fill this in.', 'Fyll ut dette feltet.'],
    [
      'end (10:30) must be after start (11:00)',
      'The end (10:30) must be after the start (11:00).',
      'Slutten (10:30) må være etter starten (11:00).',
    ],
    [
      'channels sum to 90, must be 100',
      'The channels add up to 90; they must make 100.',
      'Kanalene blir 90 til sammen; de må bli 100.',
    ],
    [
      'target must be a number from 0 to 100',
      'Enter a number from 0 to 100.',
      'Skriv et tall fra 0 til 100.',
    ],
    [
      'The organisation must keep at least one active admin',
      'The organisation must keep at least one active admin.',
      'Organisasjonen må beholde minst én aktiv administrator.',
    ],
    [
      'The candidate is already shortlisted',
      'The candidate is already at that stage.',
      'Kandidaten er allerede på det trinnet.',
    ],
  ])('%s', (api, en, nb) => {
    expect(say('en', api)).toBe(en);
    expect(say('nb', api)).toBe(nb);
  });

  it('shows an unknown message as the API wrote it', () => {
    expect(say('nb', 'activity "Calls" is listed more than once; merge the entries')).toBe(
      'activity "Calls" is listed more than once; merge the entries',
    );
  });
});
