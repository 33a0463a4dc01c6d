import { DEFAULT_COMPETENCY_MODEL } from '../competency-model/default-competency-model';
import { DEFAULT_QUESTIONNAIRE, DEFAULT_QUESTIONNAIRE_TITLE } from './default-questionnaire';
import { publishWarnings } from './publish-warnings';
import type { ChoiceItem, KnockoutItem, LikertItem } from './questionnaire.types';
import { validateQuestionnaire } from './validate-questionnaire';

const modelKeys = DEFAULT_COMPETENCY_MODEL.map((d) => d.key);
const likertItems = DEFAULT_QUESTIONNAIRE.items.filter((i): i is LikertItem => i.type === 'likert');
const choiceItems = DEFAULT_QUESTIONNAIRE.items.filter((i): i is ChoiceItem => i.type === 'choice');
const knockoutItems = DEFAULT_QUESTIONNAIRE.items.filter(
  (i): i is KnockoutItem => i.type === 'knockout',
);

describe('DEFAULT_QUESTIONNAIRE', () => {
  it('passes validation against the default competency model', () => {
    expect(validateQuestionnaire(DEFAULT_QUESTIONNAIRE, new Set(modelKeys))).toEqual([]);
  });

  it('is titled "Sales role fit", offered in English and Norwegian on a 1–5 scale', () => {
    expect(DEFAULT_QUESTIONNAIRE.title).toBe('Sales role fit');
    expect(DEFAULT_QUESTIONNAIRE_TITLE.nb.length).toBeGreaterThan(0);
    expect(DEFAULT_QUESTIONNAIRE.locales).toEqual(['en', 'nb']);
    expect(DEFAULT_QUESTIONNAIRE.scale).toEqual({ min: 1, max: 5 });
  });

  it.each(modelKeys)(
    'measures %s with at least four likert items, one of them reverse-keyed',
    (dimension) => {
      const items = likertItems.filter((i) => i.dimension === dimension);
      expect(items.length).toBeGreaterThanOrEqual(4);
      expect(items.some((i) => i.keyed === -1)).toBe(true);
      expect(items.some((i) => i.keyed === 1)).toBe(true);
    },
  );

  it('raises no publish warning for a role using every default dimension', () => {
    expect(publishWarnings(DEFAULT_QUESTIONNAIRE, modelKeys)).toEqual([]);
  });

  it('keys likert items as <dimension>-<n>', () => {
    for (const item of likertItems)
      expect(item.key).toMatch(new RegExp(`^${item.dimension}-\\d+$`));
  });

  it('does not group likert items of one dimension together', () => {
    const dimensions = likertItems.map((i) => i.dimension);
    const adjacentSame = dimensions.filter((d, i) => i > 0 && d === dimensions[i - 1]);
    expect(adjacentSame).toEqual([]);
  });

  it('has at least two situational choice items whose options each score several dimensions', () => {
    expect(choiceItems.length).toBeGreaterThanOrEqual(2);
    for (const item of choiceItems) {
      expect(item.options.length).toBeGreaterThanOrEqual(3);
      const dimensionSets = item.options.map((o) => Object.keys(o.scores).sort().join(','));
      for (const option of item.options)
        expect(Object.keys(option.scores).length).toBeGreaterThanOrEqual(2);
      // Same dimensions for every option, so the choice never drops a dimension from the score.
      expect(new Set(dimensionSets).size).toBe(1);
      // Options must discriminate: the best and worst answer differ clearly on some dimension.
      const first = Object.keys(item.options[0].scores)[0];
      const values = item.options.map((o) => o.scores[first]);
      expect(Math.max(...values) - Math.min(...values)).toBeGreaterThanOrEqual(40);
    }
  });

  it('has exactly one knockout that passes on "yes", asked first', () => {
    expect(knockoutItems).toHaveLength(1);
    expect(knockoutItems[0].passingAnswer).toBe(true);
    expect(DEFAULT_QUESTIONNAIRE.items[0]).toBe(knockoutItems[0]);
  });

  it('has distinct English and Norwegian wording for every text', () => {
    const texts = DEFAULT_QUESTIONNAIRE.items.flatMap((item) => [
      item.text,
      ...(item.type === 'choice' ? item.options.map((o) => o.text) : []),
    ]);
    for (const text of texts) {
      expect(text.en.trim()).not.toBe('');
      expect(text.nb?.trim()).toBeTruthy();
      expect(text.nb).not.toBe(text.en);
    }
    const english = DEFAULT_QUESTIONNAIRE.items.map((i) => i.text.en);
    expect(new Set(english).size).toBe(english.length);
  });

  it('is frozen so seeding one organisation cannot alter the next', () => {
    expect(Object.isFrozen(DEFAULT_QUESTIONNAIRE.items)).toBe(true);
    expect(() => {
      (DEFAULT_QUESTIONNAIRE.items[1] as LikertItem).keyed = -1;
    }).toThrow(TypeError);
    const copy = structuredClone(DEFAULT_QUESTIONNAIRE);
    copy.items.pop();
    expect(copy.items.length).toBe(DEFAULT_QUESTIONNAIRE.items.length - 1);
  });
});
