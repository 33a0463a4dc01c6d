import {
  isSupportedLocale,
  localeFromAcceptLanguage,
  localize,
  pickLocale,
  SUPPORTED_LOCALES,
} from './locales';

describe('locales', () => {
  it('are English and Norwegian bokmål', () => {
    expect(SUPPORTED_LOCALES).toEqual(['en', 'nb']);
    expect(isSupportedLocale('nb')).toBe(true);
    expect(isSupportedLocale('sv')).toBe(false);
  });

  it('localize falls back to English when a text has no translation', () => {
    expect(localize({ en: 'Hello', nb: 'Hei' }, 'nb')).toBe('Hei');
    expect(localize({ en: 'Hello' }, 'nb')).toBe('Hello');
    expect(localize({ en: 'Hello', nb: 'Hei' }, 'en')).toBe('Hello');
  });

  it('shows a locale only when the questionnaire offers it', () => {
    expect(pickLocale('nb', ['en', 'nb'])).toBe('nb');
    expect(pickLocale('nb', ['en'])).toBe('en');
    expect(pickLocale(undefined, ['nb', 'en'])).toBe('nb');
    expect(pickLocale('sv', [])).toBe('en');
  });
});

describe('localeFromAcceptLanguage', () => {
  it.each([
    ['nb-NO,nb;q=0.9,en;q=0.5', 'nb'],
    ['no', 'nb'],
    ['nn-NO', 'nb'],
    ['en-GB,nb;q=0.8', 'en'],
    ['sv-SE, de, nb;q=0.1', 'nb'],
    ['sv-SE, de', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('%s → %s', (header, locale) => {
    expect(localeFromAcceptLanguage(header)).toBe(locale);
  });
});
