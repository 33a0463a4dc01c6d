import type { QuestionnaireDefinition, QuestionnaireItem } from '@rolefit/domain';
import { canonicalItem, measuredDimensions } from './questionnaire-definition';

const def: QuestionnaireDefinition = {
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

describe('questionnaire definitions', () => {
  it('stores only the fields of an item’s type', () => {
    const stray = {
      ...def.items[0],
      dimension: 'x',
      keyed: 1,
      options: [],
    } as unknown as QuestionnaireItem;
    expect(canonicalItem(stray)).toEqual({
      key: 'ko',
      type: 'knockout',
      text: { en: 'OK?', nb: 'OK?' },
      passingAnswer: false,
    });
    expect(canonicalItem({ ...def.items[1], passingAnswer: true } as QuestionnaireItem)).toEqual({
      key: 'a',
      type: 'likert',
      text: { en: 'a' },
      dimension: 'x',
      keyed: 1,
    });
    expect(canonicalItem(def.items[3])).toMatchObject({ weight: 2, keyed: -1 });
    expect(Object.keys(canonicalItem(def.items[2]))).toEqual(['key', 'type', 'text', 'options']);
  });

  it('lists the dimensions a questionnaire measures', () => {
    expect(measuredDimensions(def).sort()).toEqual(['x', 'y', 'z']);
  });
});
