import { stripScoringKeys } from './candidate-view';
import { DEFAULT_QUESTIONNAIRE } from './default-questionnaire';
import type { QuestionnaireDefinition } from './questionnaire.types';

const SCORING_FIELDS = ['dimension', 'keyed', 'weight', 'scores', 'passingAnswer'];

/** Every property name anywhere in a JSON value. */
function allKeys(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const v of value) allKeys(v, found);
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      found.add(k);
      allKeys(v, found);
    }
  }
  return found;
}

const sample: QuestionnaireDefinition = {
  title: 'Sample',
  locales: ['en', 'nb'],
  scale: { min: 1, max: 6 },
  items: [
    {
      key: 'l',
      type: 'likert',
      text: { en: 'L', nb: 'L-nb' },
      dimension: 'd',
      keyed: -1,
      weight: 2,
    },
    {
      key: 'c',
      type: 'choice',
      text: { en: 'C' },
      weight: 3,
      options: [
        { key: 'o1', text: { en: 'O1', nb: 'O1-nb' }, scores: { d: 10 } },
        { key: 'o2', text: { en: 'O2' }, scores: { d: 90 } },
      ],
    },
    { key: 'k', type: 'knockout', text: { en: 'K' }, passingAnswer: false },
  ],
};

describe('stripScoringKeys', () => {
  it('keeps what a candidate needs to answer', () => {
    expect(stripScoringKeys(sample)).toEqual({
      title: 'Sample',
      locales: ['en', 'nb'],
      scale: { min: 1, max: 6 },
      items: [
        { key: 'l', type: 'likert', text: { en: 'L', nb: 'L-nb' } },
        {
          key: 'c',
          type: 'choice',
          text: { en: 'C' },
          options: [
            { key: 'o1', text: { en: 'O1', nb: 'O1-nb' } },
            { key: 'o2', text: { en: 'O2' } },
          ],
        },
        { key: 'k', type: 'knockout', text: { en: 'K' } },
      ],
    });
  });

  it.each([
    ['the sample', sample],
    ['the default questionnaire', DEFAULT_QUESTIONNAIRE],
  ])('leaves no scoring field anywhere in the JSON of %s', (_name, def) => {
    const json = JSON.parse(JSON.stringify(stripScoringKeys(def))) as unknown;
    const keys = allKeys(json);
    for (const field of SCORING_FIELDS) expect(keys.has(field)).toBe(false);
    // The source really had them, so the check above is not vacuous.
    const sourceKeys = allKeys(JSON.parse(JSON.stringify(def)));
    for (const field of SCORING_FIELDS.filter((f) => f !== 'weight'))
      expect(sourceKeys.has(field)).toBe(true);
  });

  it('drops fields it does not know, so future scoring fields cannot leak', () => {
    const sneaky = structuredClone(sample) as unknown as { items: Record<string, unknown>[] };
    sneaky.items[0].correctAnswer = 5;
    (sneaky.items[1].options as Record<string, unknown>[])[0].isBest = true;
    (sneaky.items[2].text as Record<string, unknown>).hint = 'answer yes';
    const keys = allKeys(stripScoringKeys(sneaky as unknown as QuestionnaireDefinition));
    expect(keys.has('correctAnswer')).toBe(false);
    expect(keys.has('isBest')).toBe(false);
    expect(keys.has('hint')).toBe(false);
  });

  it('does not share objects with the definition', () => {
    const view = stripScoringKeys(sample);
    expect(view.items[0].text).not.toBe(sample.items[0].text);
    expect(view.scale).not.toBe(sample.scale);
    expect(view.locales).not.toBe(sample.locales);
  });
});
