import { describe, expect, it } from 'vitest';
import { defineMessages } from './catalogue';
import { formatDate, formatNumber, translate, translatePlural } from './translate';

const messages = defineMessages(
  {
    greeting: 'Hello {name}',
    questions_one: '{count} question',
    questions_other: '{count} questions',
  },
  {
    greeting: 'Hei {name}',
    questions_one: '{count} spørsmål',
    questions_other: '{count} spørsmål',
  },
);

describe('translate', () => {
  it('fills placeholders in the chosen language', () => {
    expect(translate(messages, 'en', 'greeting', { name: 'Kari' })).toBe('Hello Kari');
    expect(translate(messages, 'nb', 'greeting', { name: 'Kari' })).toBe('Hei Kari');
  });

  it('picks the plural form by count', () => {
    expect(translatePlural(messages, 'en', 'questions', 1)).toBe('1 question');
    expect(translatePlural(messages, 'en', 'questions', 24)).toBe('24 questions');
    expect(translatePlural(messages, 'nb', 'questions', 24)).toBe('24 spørsmål');
  });

  it('formats numbers and dates with Intl for the language', () => {
    // Norwegian groups thousands with a no-break space and uses a decimal comma.
    expect(formatNumber(1234.5, 'nb')).toBe('1\u00a0234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    const date = new Date(Date.UTC(2026, 11, 17, 12));
    expect(formatDate(date, 'en', { dateStyle: 'long', timeZone: 'UTC' })).toBe('17 December 2026');
    expect(formatDate(date, 'nb', { dateStyle: 'long', timeZone: 'UTC' })).toBe(
      '17. desember 2026',
    );
  });
});
