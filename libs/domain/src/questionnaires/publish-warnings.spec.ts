import type { LikertItem, QuestionnaireDefinition } from './questionnaire.types';
import { publishWarnings } from './publish-warnings';

function likert(key: string, dimension: string): LikertItem {
  return { key, type: 'likert', text: { en: key }, dimension, keyed: 1 };
}

const def: QuestionnaireDefinition = {
  title: 't',
  locales: ['en'],
  scale: { min: 1, max: 5 },
  items: [
    likert('a-1', 'a'),
    likert('a-2', 'a'),
    likert('a-3', 'a'),
    likert('b-1', 'b'),
    likert('c-1', 'c'),
    likert('c-2', 'c'),
    {
      key: 'sit',
      type: 'choice',
      text: { en: 's' },
      // Choice items do not count: the warning is about likert coverage.
      options: [
        { key: 'x', text: { en: 'x' }, scores: { b: 10, d: 10 } },
        { key: 'y', text: { en: 'y' }, scores: { b: 90, d: 90 } },
      ],
    },
  ],
};

describe('publishWarnings', () => {
  it('warns once per role dimension with fewer than three likert items', () => {
    const warnings = publishWarnings(def, ['a', 'b', 'c', 'd']);
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toBe(
      'Dimension "b" is measured by only 1 likert item; add at least 3 so its score and reliability can be trusted.',
    );
    expect(warnings[1]).toMatch(/^Dimension "c" is measured by only 2 likert items;/);
    expect(warnings[2]).toMatch(/^Dimension "d" is not measured by any likert item;/);
  });

  it('is silent for dimensions with three or more items and ignores dimensions outside the role', () => {
    expect(publishWarnings(def, ['a'])).toEqual([]);
    expect(publishWarnings(def, [])).toEqual([]);
  });

  it('does not repeat a warning for a dimension listed twice', () => {
    expect(publishWarnings(def, ['b', 'b'])).toHaveLength(1);
  });
});
