import { MIXED_QUESTIONNAIRE } from '../questionnaires/mixed-questionnaire.test-support';
import type { QuestionnaireDefinition } from '../questionnaires/questionnaire.types';
import {
  keyedLikertRow,
  keyedScoresByDimension,
  likertLayout,
  splitKeyedRow,
} from './keyed-likert-scores';

const text = { en: 'x' };
const q: QuestionnaireDefinition = {
  title: 'Layout fixture',
  locales: ['en'],
  scale: { min: 1, max: 6 },
  items: [
    { key: 'b1', type: 'likert', text, dimension: 'b', keyed: 1 },
    { key: 'a1', type: 'likert', text, dimension: 'a', keyed: -1 },
    {
      key: 'c1',
      type: 'choice',
      text,
      options: [{ key: 'x', text, scores: { a: 100 } }],
    },
    { key: 'b2', type: 'likert', text, dimension: 'b', keyed: -1, weight: 3 },
    { key: 'k1', type: 'knockout', text, passingAnswer: true },
    { key: 'valueOf', type: 'likert', text, dimension: 'a', keyed: 1 },
  ],
};

describe('likertLayout', () => {
  it('groups likert items by dimension in order of first appearance', () => {
    const layout = likertLayout(q);
    expect(layout.scale).toEqual({ min: 1, max: 6 });
    expect(layout.items.map((i) => i.key)).toEqual(['b1', 'a1', 'b2', 'valueOf']);
    expect(
      layout.dimensions.map((d) => [d.dimension, d.items.map((i) => i.key), d.positions]),
    ).toEqual([
      ['b', ['b1', 'b2'], [0, 2]],
      ['a', ['a1', 'valueOf'], [1, 3]],
    ]);
  });

  it('is empty for a questionnaire without likert items', () => {
    expect(likertLayout({ ...q, items: q.items.filter((i) => i.type !== 'likert') })).toEqual({
      scale: q.scale,
      items: [],
      dimensions: [],
    });
  });
});

describe('keyedScoresByDimension', () => {
  const layout = likertLayout(q);

  it('reverse-keys on the questionnaire scale and ignores other item types', () => {
    // Scale 1–6: reverse key is 7 − x. b1 = 2 → 2; b2 = 2 → 5; a1 = 6 → 1; valueOf = 4 → 4
    const rows = keyedScoresByDimension(layout, { b1: 2, b2: 2, a1: 6, valueOf: 4, c1: 'x' });
    expect(rows?.map((r) => Array.from(r))).toEqual([
      [2, 5],
      [1, 4],
    ]);
  });

  it('returns null unless every likert item has a valid answer', () => {
    expect(keyedScoresByDimension(layout, { b1: 2, b2: 2, a1: 6 })).toBeNull();
    expect(keyedScoresByDimension(layout, { b1: 2, b2: 2, a1: 6, valueOf: 7 })).toBeNull();
    expect(keyedScoresByDimension(layout, { b1: 2, b2: 2, a1: 6, valueOf: '4' })).toBeNull();
  });

  it('does not take an inherited Object.prototype member for an answer', () => {
    // `valueOf` is on every object's prototype; only an own answer counts.
    expect(keyedScoresByDimension(layout, { b1: 1, b2: 1, a1: 1 })).toBeNull();
  });
});

describe('keyedLikertRow', () => {
  const layout = likertLayout(q);

  it('lists keyed scores flat, in questionnaire order of the likert items', () => {
    // b1 = 2 → 2; a1 = 6 → 7 − 6 = 1; b2 = 2 → 7 − 2 = 5; valueOf = 4 → 4
    expect(keyedLikertRow(layout, { a1: 6, b2: 2, valueOf: 4, b1: 2, k1: true })).toEqual([
      2, 1, 5, 4,
    ]);
  });

  it('returns null for an incomplete submission', () => {
    expect(keyedLikertRow(layout, { a1: 6, b2: 2, b1: 2 })).toBeNull();
  });

  it('skips knockout and choice items and reverse-keys on the scale (the row stored at submit)', () => {
    // b is reverse-keyed on 1–6: 1 + 6 − 2 = 5.
    expect(
      keyedLikertRow(likertLayout(MIXED_QUESTIONNAIRE), { ko: true, a: 4, c: 'o1', b: 2 }),
    ).toEqual([4, 5]);
  });
});

describe('splitKeyedRow', () => {
  const layout = likertLayout(q);

  it('splits a flat row into the dimensions of the layout', () => {
    expect(splitKeyedRow(layout, [2, 1, 5, 4]).map((r) => Array.from(r))).toEqual([
      [2, 5],
      [1, 4],
    ]);
  });

  it('rejects a row written for another version (length or scale)', () => {
    expect(() => splitKeyedRow(layout, [2, 1, 5])).toThrow(RangeError);
    expect(() => splitKeyedRow(layout, [2, 1, 5, 4, 3])).toThrow(RangeError);
    expect(() => splitKeyedRow(layout, [2, 1, 7, 4])).toThrow(RangeError);
    expect(() => splitKeyedRow(layout, [2, 1, 2.5, 4])).toThrow(RangeError);
  });
});
