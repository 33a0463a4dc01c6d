import type { QuestionnaireDefinition } from './questionnaire.types';

/**
 * One questionnaire with every item type, in an order that is not the likert order: a
 * knockout, a likert item, a choice (one option scoring nothing) and a reverse-keyed, weighted
 * likert item. Specs that store, read or score items use it to cover each type once.
 */
export const MIXED_QUESTIONNAIRE: QuestionnaireDefinition = {
  title: 'T',
  locales: ['en', 'nb'],
  scale: { min: 1, max: 6 },
  items: [
    { key: 'ko', type: 'knockout', text: { en: 'OK?', nb: 'OK?' }, passingAnswer: false },
    { key: 'a', type: 'likert', text: { en: 'a' }, dimension: 'x', keyed: 1 },
    {
      key: 'c',
      type: 'choice',
      text: { en: 'c' },
      options: [
        { key: 'o1', text: { en: 'o1' }, scores: { y: 10, z: 20 } },
        { key: 'o2', text: { en: 'o2' }, scores: {} },
      ],
    },
    { key: 'b', type: 'likert', text: { en: 'b' }, dimension: 'y', keyed: -1, weight: 2 },
  ],
};
