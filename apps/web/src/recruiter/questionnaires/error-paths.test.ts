import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/translate';
import { recruiterMessages } from '../messages';
import type { QuestionnaireItem } from '../types';
import { questionnaireErrorTarget, questionnairePathLabel } from './error-paths';

const items: QuestionnaireItem[] = [
  {
    key: 'p1',
    type: 'likert',
    text: { en: '', nb: '' },
    dimension: 'prospecting',
    keyed: 1,
    weight: 1,
  },
  {
    key: 'c1',
    type: 'choice',
    text: { en: '', nb: '' },
    weight: 1,
    options: [{ key: 'a', text: { en: '', nb: '' }, scores: { resilience: 50 } }],
  },
  { key: 'k1', type: 'knockout', text: { en: '', nb: '' }, weight: 1, passingAnswer: true },
];

const label = (path: string, language: 'en' | 'nb') =>
  questionnairePathLabel(
    path,
    (key, vars) => translate(recruiterMessages, language, key, vars),
    (key) => (key === 'resilience' ? (language === 'en' ? 'Resilience' : 'Motstandskraft') : key),
  );

describe('the questionnaire API’s error paths', () => {
  it.each([
    ['items[0].text.nb', 'Item 1 — text (Norwegian)', 'Spørsmål 1 — tekst (norsk)'],
    ['items[0]', 'Item 1', 'Spørsmål 1'],
    [
      'items[1].options[0].scores.resilience',
      'Item 2 — option 1 — score for Resilience',
      'Spørsmål 2 — alternativ 1 — poeng for Motstandskraft',
    ],
    ['scale.max', 'Answer scale (likert items) — Highest', 'Svarskala (likert-spørsmål) — Høyest'],
    ['title', 'Title', 'Tittel'],
  ])('names %s in words', (path, en, nb) => {
    expect(label(path, 'en')).toBe(en);
    expect(label(path, 'nb')).toBe(nb);
  });

  it('shows a path it does not know as the API wrote it', () => {
    expect(label('somethingElse', 'en')).toBe('somethingElse');
  });

  it.each([
    ['items[0].text', 'items[0].text.en'],
    ['items[0]', 'items[0].key'],
    ['items[0].weight', 'items[0].weight'],
    ['items[2].weight', null],
    ['items[2].passingAnswer', 'items[2].passingAnswer'],
    ['items[1].options', 'items[1].options[0].text.en'],
    ['items[1].options[0].scores', 'items[1].options[0].scores.resilience'],
    ['items[1].options[0].scores.prospecting', null],
    ['items[1].options[3].text.en', null],
    ['items[9].key', null],
    ['scale', 'scale.min'],
    ['locales', null],
  ])('focuses the builder field for %s (or none)', (path, target) => {
    expect(questionnaireErrorTarget(path, items)).toBe(target);
  });
});
