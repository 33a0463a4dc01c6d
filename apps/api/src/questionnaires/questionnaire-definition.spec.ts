import type { QuestionnaireItem } from '@rolefit/domain';
import { MIXED_QUESTIONNAIRE } from '@rolefit/domain/questionnaires/mixed-questionnaire.test-support';
import { canonicalItem, measuredDimensions } from './questionnaire-definition';

const def = MIXED_QUESTIONNAIRE;

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
