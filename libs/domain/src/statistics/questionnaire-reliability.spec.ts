import fc from 'fast-check';
import type { Answers, QuestionnaireDefinition } from '../questionnaires/questionnaire.types';
import {
  computeQuestionnaireReliability,
  QuestionnaireReliabilityAccumulator,
} from './questionnaire-reliability';
import { ReliabilityAccumulator } from './reliability-accumulator';

const text = { en: 'x' };
const q: QuestionnaireDefinition = {
  title: 'Reliability fixture',
  locales: ['en'],
  scale: { min: 1, max: 5 },
  items: [
    { key: 'a1', type: 'likert', text, dimension: 'a', keyed: 1 },
    { key: 'a2', type: 'likert', text, dimension: 'a', keyed: -1 },
    { key: 'b1', type: 'likert', text, dimension: 'b', keyed: 1 },
    // Weights shape the dimension score, not alpha: alpha is on the unweighted sum.
    { key: 'a3', type: 'likert', text, dimension: 'a', keyed: 1, weight: 3 },
    {
      key: 'c1',
      type: 'choice',
      text,
      options: [
        { key: 'x', text, scores: { a: 100 } },
        { key: 'y', text, scores: { a: 0 } },
      ],
    },
    { key: 'k1', type: 'knockout', text, passingAnswer: true },
  ],
};

/*
 * Dimension a holds the textbook example of reliability-accumulator.spec, keyed:
 *   a1 = 4 3 5 2 4, a2 (keyed) = 5 4 5 3 4, a3 = 4 3 4 3 5  → alpha = 6/7,
 * with a2 stored as raw answers 6 − keyed = 1 2 1 3 2 (reverse-keyed on 1–5).
 * b1 = 2 4 4 5 1: mean 16/5 = 3.2, deviations −1.2 .8 .8 1.8 −2.2,
 *   SS = 1.44 + .64 + .64 + 3.24 + 4.84 = 10.8, var 2.7, sd sqrt(2.7).
 * Choice and knockout answers vary and are sometimes missing: they do not decide completeness.
 */
const complete: Answers[] = [
  { a1: 4, a2: 1, a3: 4, b1: 2, c1: 'x', k1: true },
  { a1: 3, a2: 2, a3: 3, b1: 4 },
  { a1: 5, a2: 1, a3: 4, b1: 4, k1: false },
  { a1: 2, a2: 3, a3: 3, b1: 5, c1: 'y' },
  { a1: 4, a2: 2, a3: 5, b1: 1 },
];
const incomplete: Answers[] = [
  { a1: 1, a2: 1, a3: 1, k1: true }, // b1 missing: dimension a alone is complete, row still out
  { a1: 9, a2: 1, a3: 1, b1: 1 }, // out of scale
];

describe('computeQuestionnaireReliability', () => {
  it('reports each dimension on keyed scores of complete submissions only', () => {
    const [a, b, ...rest] = computeQuestionnaireReliability(q, [
      incomplete[0],
      ...complete.slice(0, 3),
      incomplete[1],
      ...complete.slice(3),
    ]);
    expect(rest).toEqual([]);

    expect(a.dimension).toBe('a');
    expect(a.n).toBe(5);
    expect(a.alpha).toBeCloseTo(6 / 7, 12);
    expect(a.items.map((i) => i.key)).toEqual(['a1', 'a2', 'a3']);
    // a2 on the keyed scale: mean 4.2, var .7; vs a1 + a3 r = 4.6/sqrt(2.8 × 13.2)
    expect(a.items[1].mean).toBeCloseTo(4.2, 12);
    expect(a.items[1].sd).toBeCloseTo(Math.sqrt(0.7), 12);
    expect(a.items[1].correctedItemTotal).toBeCloseTo(4.6 / Math.sqrt(2.8 * 13.2), 12);
    expect(a.items[0].alphaIfDeleted).toBeCloseTo(0.6, 12);

    expect(b).toEqual({
      dimension: 'b',
      n: 5,
      alpha: null,
      items: [
        {
          key: 'b1',
          mean: expect.closeTo(3.2, 12),
          sd: expect.closeTo(Math.sqrt(2.7), 12),
          correctedItemTotal: null,
          alphaIfDeleted: null,
        },
      ],
    });
  });

  it('accepts any iterable, e.g. a generator streaming rows', () => {
    function* stream(): Generator<Answers> {
      yield* complete;
    }
    expect(computeQuestionnaireReliability(q, stream())[0].alpha).toBeCloseTo(6 / 7, 12);
  });

  it('returns no dimensions for a questionnaire without likert items', () => {
    const noLikert = { ...q, items: q.items.filter((i) => i.type !== 'likert') };
    expect(computeQuestionnaireReliability(noLikert, complete)).toEqual([]);
  });

  it('reports n = 0 and nulls when no submission is complete', () => {
    const [a] = computeQuestionnaireReliability(q, incomplete);
    expect(a.n).toBe(0);
    expect(a.alpha).toBeNull();
    expect(a.items[0]).toEqual({
      key: 'a1',
      mean: null,
      sd: null,
      correctedItemTotal: null,
      alphaIfDeleted: null,
    });
  });

  it('keys and filters rows as a plain re-implementation would (property)', () => {
    const answerArb = fc.record(
      {
        a1: fc.integer({ min: 1, max: 5 }),
        a2: fc.integer({ min: 1, max: 5 }),
        a3: fc.integer({ min: 1, max: 5 }),
        b1: fc.integer({ min: 1, max: 5 }),
        c1: fc.constantFrom('x', 'y'),
      },
      // Most rows complete, some with likert answers missing.
      { requiredKeys: [] },
    );
    const rowsArb = fc.array(
      fc.oneof(
        { weight: 3, arbitrary: answerArb.filter((r) => 'a1' in r && 'a2' in r) },
        { weight: 1, arbitrary: answerArb },
      ),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const kept = rows.filter((r) => ['a1', 'a2', 'a3', 'b1'].every((key) => key in r));
        const refA = new ReliabilityAccumulator(3);
        const refB = new ReliabilityAccumulator(1);
        for (const r of kept) {
          refA.add([r.a1 as number, 6 - (r.a2 as number), r.a3 as number]);
          refB.add([r.b1 as number]);
        }
        const [a, b] = computeQuestionnaireReliability(q, rows);
        const strip = ({ key: _key, ...stats }: { key: string }) => stats;
        expect({ n: a.n, alpha: a.alpha, items: a.items.map(strip) }).toEqual(refA.result());
        expect({ n: b.n, alpha: b.alpha, items: b.items.map(strip) }).toEqual(refB.result());
      }),
    );
  });
});

describe('QuestionnaireReliabilityAccumulator', () => {
  it('takes rows in chunks, says which it kept and counts the skipped', () => {
    const acc = new QuestionnaireReliabilityAccumulator(q);
    // As a worker would read them: chunk by chunk, never all rows at once.
    const chunks = [
      [complete[0], incomplete[0]],
      [complete[1], complete[2]],
      [incomplete[1]],
      complete.slice(3),
    ];
    const kept = chunks.flatMap((chunk) => chunk.map((row) => acc.add(row)));
    expect(kept).toEqual([true, false, true, true, false, true, true]);
    expect(acc.skipped).toBe(2);
    expect(acc.n).toBe(5);
    expect(acc.result()).toEqual(computeQuestionnaireReliability(q, complete));
  });

  it('gives the same result from stored flat keyed rows as from answers', () => {
    // Likert items in questionnaire order are a1, a2, b1, a3, so a flat keyed row is
    // [a1, 6 − a2, b1, a3] (a2 reverse-keyed on 1–5).
    const acc = new QuestionnaireReliabilityAccumulator(q);
    for (const r of complete) {
      acc.addKeyedRow([r.a1 as number, 6 - (r.a2 as number), r.b1 as number, r.a3 as number]);
    }
    expect(acc.addKeyedRow(null)).toBe(false);
    expect(acc.skipped).toBe(1);
    expect(acc.result()).toEqual(computeQuestionnaireReliability(q, complete));
  });

  it('refuses a stored row of the wrong length', () => {
    const acc = new QuestionnaireReliabilityAccumulator(q);
    expect(() => acc.addKeyedRow([1, 2, 3])).toThrow(RangeError);
  });
});
