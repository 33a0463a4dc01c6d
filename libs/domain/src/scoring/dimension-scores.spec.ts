import fc from 'fast-check';
import { DomainValidationError } from '../errors';
import type {
  Answers,
  LikertItem,
  QuestionnaireDefinition,
} from '../questionnaires/questionnaire.types';
import { scoreDimensions } from './dimension-scores';

const text = { en: 'x' };

/** Scale 1–5 with reverse keys, weights, and a choice item feeding a likert dimension. */
const q: QuestionnaireDefinition = {
  title: 'Scoring fixture',
  locales: ['en'],
  scale: { min: 1, max: 5 },
  items: [
    { key: 'p1', type: 'likert', text, dimension: 'prospecting', keyed: 1 },
    { key: 'p2', type: 'likert', text, dimension: 'prospecting', keyed: -1, weight: 2 },
    { key: 'n1', type: 'likert', text, dimension: 'negotiation', keyed: 1 },
    {
      key: 'c1',
      type: 'choice',
      text,
      weight: 2,
      options: [
        { key: 'a', text, scores: { prospecting: 40, negotiation: 90 } },
        { key: 'b', text, scores: { negotiation: 20, resilience: 60 } },
      ],
    },
    { key: 'k1', type: 'knockout', text, passingAnswer: true },
  ],
};

describe('scoreDimensions', () => {
  it('mixes likert and choice contributions with reverse keys and weights (1–5)', () => {
    // p1 = 4, keyed +1: s = 4 → 100 × (4 − 1)/(5 − 1) = 75, weight 1
    // p2 = 1, keyed −1: s = 1 + 5 − 1 = 5 → 100 × 4/4 = 100, weight 2
    // n1 = 3, keyed +1: s = 3 → 100 × 2/4 = 50, weight 1
    // c1 = a, weight 2: prospecting 40, negotiation 90
    // prospecting = (1·75 + 2·100 + 2·40)/(1 + 2 + 2) = 355/5 = 71
    // negotiation = (1·50 + 2·90)/(1 + 2) = 230/3 = 76.666…
    // resilience: only option b scores it, and b was not chosen → absent
    const scores = scoreDimensions(q, { p1: 4, p2: 1, n1: 3, c1: 'a', k1: true });
    expect(Object.keys(scores).sort()).toEqual(['negotiation', 'prospecting']);
    expect(scores.prospecting).toBeCloseTo(71, 12);
    expect(scores.negotiation).toBeCloseTo(230 / 3, 12);
  });

  it('scores the dimensions of the chosen option only', () => {
    // c1 = b: negotiation (1·50 + 2·20)/3 = 90/3 = 30; resilience 2·60/2 = 60;
    // prospecting (1·75 + 2·100)/3 = 275/3
    const scores = scoreDimensions(q, { p1: 4, p2: 1, n1: 3, c1: 'b' });
    expect(scores.negotiation).toBeCloseTo(30, 12);
    expect(scores.resilience).toBeCloseTo(60, 12);
    expect(scores.prospecting).toBeCloseTo(275 / 3, 12);
  });

  it('mirrors a reverse-keyed item on a 1–6 scale', () => {
    const six: QuestionnaireDefinition = {
      ...q,
      scale: { min: 1, max: 6 },
      items: [
        { key: 'f', type: 'likert', text, dimension: 'd', keyed: 1 },
        { key: 'r', type: 'likert', text, dimension: 'd', keyed: -1 },
        { key: 'r2', type: 'likert', text, dimension: 'e', keyed: -1 },
      ],
    };
    // f = 2, keyed +1: s = 2 → 100 × (2 − 1)/5 = 20
    // r = 2, keyed −1: s = 1 + 6 − 2 = 5 → 100 × 4/5 = 80  → d = (20 + 80)/2 = 50
    // r2 = 6, keyed −1: s = 1 → 0
    expect(scoreDimensions(six, { f: 2, r: 2, r2: 6 })).toEqual({ d: 50, e: 0 });
    // f = 6 → 100; r = 1 → s = 6 → 100
    expect(scoreDimensions(six, { f: 6, r: 1 })).toEqual({ d: 100 });
  });

  it('works on a scale that does not start at 1 (0–4)', () => {
    const zero: QuestionnaireDefinition = {
      ...q,
      scale: { min: 0, max: 4 },
      items: [{ key: 'r', type: 'likert', text, dimension: 'd', keyed: -1 }],
    };
    // r = 1, keyed −1: s = 0 + 4 − 1 = 3 → 100 × 3/4 = 75
    expect(scoreDimensions(zero, { r: 1 })).toEqual({ d: 75 });
  });

  it('leaves unanswered items out of the mean', () => {
    // Only p2 answered in prospecting: p2 = 3 → s = 3 → 50
    expect(scoreDimensions(q, { p2: 3 })).toEqual({ prospecting: 50 });
    expect(scoreDimensions(q, {})).toEqual({});
  });

  it('ignores knockout items for scoring', () => {
    expect(scoreDimensions(q, { k1: false })).toEqual({});
  });

  it('throws a DomainValidationError for answers it cannot score', () => {
    expect(() => scoreDimensions(q, { p1: 7 })).toThrow(DomainValidationError);
    expect(() => scoreDimensions(q, { c1: 'z' })).toThrow(DomainValidationError);
    expect(() => scoreDimensions(q, { ghost: 1 })).toThrow(DomainValidationError);
  });

  it('refuses a scale without range (division by zero)', () => {
    const flat = { ...q, scale: { min: 3, max: 3 } };
    expect(() => scoreDimensions(flat, { p1: 3 })).toThrow(DomainValidationError);
  });

  it('equals the POMP of the weighted mean of keyed scores with likert items only (property)', () => {
    const setup = fc
      .record({ min: fc.integer({ min: -3, max: 3 }), span: fc.integer({ min: 1, max: 9 }) })
      .chain(({ min, span }) =>
        fc.record({
          min: fc.constant(min),
          max: fc.constant(min + span),
          items: fc.array(
            fc.record({
              dimension: fc.constantFrom('a', 'b', 'c'),
              keyed: fc.constantFrom<1 | -1>(1, -1),
              weight: fc.option(fc.double({ min: 0.1, max: 5, noNaN: true }), { nil: undefined }),
              answer: fc.option(fc.integer({ min, max: min + span }), { nil: undefined }),
            }),
            { minLength: 1, maxLength: 20 },
          ),
        }),
      );

    fc.assert(
      fc.property(setup, ({ min, max, items }) => {
        const definition: QuestionnaireDefinition = {
          title: 'random',
          locales: ['en'],
          scale: { min, max },
          items: items.map((it, i): LikertItem => ({
            key: `i${i}`,
            type: 'likert',
            text,
            dimension: it.dimension,
            keyed: it.keyed,
            weight: it.weight,
          })),
        };
        const answers: Answers = {};
        items.forEach((it, i) => {
          if (it.answer !== undefined) answers[`i${i}`] = it.answer;
        });

        // Second way: weighted mean of keyed raw scores per dimension, then POMP once.
        const expected: Record<string, number> = {};
        for (const dimension of ['a', 'b', 'c']) {
          let weighted = 0;
          let weightSum = 0;
          for (const it of items) {
            if (it.dimension !== dimension || it.answer === undefined) continue;
            const keyed = it.keyed === 1 ? it.answer : min + max - it.answer;
            const w = it.weight ?? 1;
            weighted += w * keyed;
            weightSum += w;
          }
          if (weightSum > 0)
            expected[dimension] = (100 * (weighted / weightSum - min)) / (max - min);
        }

        const actual = scoreDimensions(definition, answers);
        expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
        for (const dimension of Object.keys(expected)) {
          expect(actual[dimension]).toBeCloseTo(expected[dimension], 9);
          expect(actual[dimension]).toBeGreaterThanOrEqual(-1e-9);
          expect(actual[dimension]).toBeLessThanOrEqual(100 + 1e-9);
        }
      }),
    );
  });
});
