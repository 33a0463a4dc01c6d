import fc from 'fast-check';
import type { ProfileTarget } from '../fit/fit';
import type { QuestionnaireDefinition } from '../questionnaires/questionnaire.types';
import { scoreAssessment } from './assessment-score';

const text = { en: 'x' };
const q: QuestionnaireDefinition = {
  title: 'Assessment fixture',
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
    { key: 'k2', type: 'knockout', text, passingAnswer: false },
  ],
};

const profile: ProfileTarget[] = [
  { dimension: 'prospecting', target: 60, weight: 2, direction: 'atLeast', minimum: 50 },
  { dimension: 'negotiation', target: 70, weight: 1, direction: 'ideal' },
  { dimension: 'resilience', target: 50, weight: 1, direction: 'atLeast', minimum: 30 },
];

describe('scoreAssessment', () => {
  it('explains an ineligible candidate and keeps the fit', () => {
    // Scores (see dimension-scores.spec): prospecting 355/5 = 71, negotiation 230/3;
    // resilience unmeasured → counts 0 in the fit.
    // prospecting atLeast 60: dev max(0, 60 − 71) = 0, loss 0
    // negotiation ideal 70:   dev |70 − 230/3| = 20/3, loss 1 · 400/9
    // resilience atLeast 50:  dev 50, loss 1 · 2500; minimum 30 missed (0 < 30)
    // Σw = 4, Σloss = 2500 + 400/9 = 22900/9, fit = 100 − sqrt(22900/36) ≈ 74.779
    // lossShare: 0, 100 · (400/9)/(22900/9) = 40000/22900, 100 · 22500/22900
    // k2 passes on false but was answered true → knockout failed.
    const r = scoreAssessment(q, { p1: 4, p2: 1, n1: 3, c1: 'a', k1: true, k2: true }, profile);

    expect(r.fit).toBeCloseTo(100 - Math.sqrt(22900 / 36), 10);
    expect(r.eligible).toBe(false);
    expect(r.knockoutsFailed).toEqual(['k2']);
    expect(r.minimumsMissed).toEqual(['resilience']);
    expect(r.scores.prospecting).toBeCloseTo(71, 12);
    expect(r.scores.negotiation).toBeCloseTo(230 / 3, 12);
    expect(r.scores).not.toHaveProperty('resilience');

    expect(r.dimensionScores.map((d) => d.dimension)).toEqual([
      'prospecting',
      'negotiation',
      'resilience',
    ]);
    const [p, n, res] = r.dimensionScores;
    expect(p).toMatchObject({ target: 60, weight: 2, deviation: 0, lossShare: 0 });
    expect(p.score).toBeCloseTo(71, 12);
    expect(n.deviation).toBeCloseTo(20 / 3, 10);
    expect(n.lossShare).toBeCloseTo(40000 / 22900, 10);
    expect(res).toMatchObject({ score: 0, target: 50, weight: 1, deviation: 50 });
    expect(res.lossShare).toBeCloseTo(2250000 / 22900, 10);
    expect(r.dimensionScores.reduce((s, d) => s + d.lossShare, 0)).toBeCloseTo(100, 10);
  });

  it('marks a candidate eligible when knockouts pass and minimums are met', () => {
    // c1 = b → prospecting (75 + 200)/3 = 91.67 (dev 0), negotiation (50 + 40)/3 = 30
    // (ideal 70 → dev 40, loss 1600), resilience 2·60/2 = 60 (dev 0, minimum 30 met).
    // fit = 100 − sqrt(1600/4) = 80; all loss is negotiation's.
    const r = scoreAssessment(q, { p1: 4, p2: 1, n1: 3, c1: 'b', k1: true, k2: false }, profile);
    expect(r.eligible).toBe(true);
    expect(r.knockoutsFailed).toEqual([]);
    expect(r.minimumsMissed).toEqual([]);
    expect(r.fit).toBeCloseTo(80, 10);
    expect(r.dimensionScores.map((d) => d.lossShare)).toEqual([0, 100, 0]);
  });

  it('is ineligible on a knockout alone, even with a perfect fit', () => {
    // prospecting 71 ≥ 60 and ≥ minimum 50 → fit 100, but k1 unanswered counts as failed.
    const single: ProfileTarget[] = [
      { dimension: 'prospecting', target: 60, weight: 1, direction: 'atLeast', minimum: 50 },
    ];
    const r = scoreAssessment(q, { p1: 4, p2: 1, c1: 'a', k2: false }, single);
    expect(r.fit).toBe(100);
    expect(r.dimensionScores[0].lossShare).toBe(0);
    expect(r.knockoutsFailed).toEqual(['k1']);
    expect(r.eligible).toBe(false);
  });

  it('is ineligible on a missed minimum alone', () => {
    // p1 = 1 → 0, p2 = 5 → s = 1 → 0, c1 = a → 40: prospecting = (0 + 0 + 80)/5 = 16 < 50
    const r = scoreAssessment(q, { p1: 1, p2: 5, c1: 'a', k1: true, k2: false }, profile);
    expect(r.scores.prospecting).toBeCloseTo(16, 12);
    expect(r.knockoutsFailed).toEqual([]);
    expect(r.minimumsMissed).toContain('prospecting');
    expect(r.eligible).toBe(false);
  });

  it('treats a score above target as no loss for atLeast and as loss for ideal', () => {
    const answers = { p1: 4, p2: 1, c1: 'a' as const }; // prospecting 71
    const atLeast = scoreAssessment(q, answers, [
      { dimension: 'prospecting', target: 60, weight: 1, direction: 'atLeast' },
    ]);
    const ideal = scoreAssessment(q, answers, [
      { dimension: 'prospecting', target: 60, weight: 1, direction: 'ideal' },
    ]);
    // atLeast: dev max(0, 60 − 71) = 0 → fit 100; ideal: dev |60 − 71| = 11 → 100 − sqrt(121) = 89
    expect(atLeast.fit).toBe(100);
    expect(ideal.fit).toBeCloseTo(89, 10);
    expect(ideal.dimensionScores[0].deviation).toBeCloseTo(11, 10);
  });

  it('has loss shares summing to 100 whenever fit < 100 (property)', () => {
    const answersArb = fc.record({
      p1: fc.integer({ min: 1, max: 5 }),
      p2: fc.integer({ min: 1, max: 5 }),
      n1: fc.integer({ min: 1, max: 5 }),
      c1: fc.constantFrom('a', 'b'),
    });
    const profileArb = fc.array(
      fc.record({
        dimension: fc.constantFrom('prospecting', 'negotiation', 'resilience'),
        target: fc.integer({ min: 0, max: 100 }),
        weight: fc.integer({ min: 1, max: 5 }),
        direction: fc.constantFrom<'atLeast' | 'ideal'>('atLeast', 'ideal'),
      }),
      { minLength: 1, maxLength: 3 },
    );
    fc.assert(
      fc.property(answersArb, profileArb, (answers, targets) => {
        const r = scoreAssessment(q, answers, targets);
        const shares = r.dimensionScores.reduce((s, d) => s + d.lossShare, 0);
        if (r.fit < 100) expect(shares).toBeCloseTo(100, 9);
        else expect(shares).toBe(0);
      }),
    );
  });
});
