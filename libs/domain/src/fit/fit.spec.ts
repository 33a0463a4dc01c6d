import { computeFit, deviationFor, fitFromArrays, ProfileTarget } from './fit';

describe('computeFit', () => {
  // Worked by hand: dims a (atLeast 70, w2, score 50 → dev 20, loss 800),
  // b (ideal 50, w1, score 80 → dev 30, loss 900), c (atLeast 40, w1, score 90 → dev 0).
  // Σw = 4, Σloss = 1700, fit = 100 − sqrt(425) = 79.384…
  const profile: ProfileTarget[] = [
    { dimension: 'a', target: 70, weight: 2, direction: 'atLeast', minimum: 60 },
    { dimension: 'b', target: 50, weight: 1, direction: 'ideal' },
    { dimension: 'c', target: 40, weight: 1, direction: 'atLeast', minimum: 30 },
  ];
  const scores = { a: 50, b: 80, c: 90 };

  it('computes fit from weighted squared deviations', () => {
    const r = computeFit(profile, scores);
    expect(r.fit).toBeCloseTo(100 - Math.sqrt(425), 10);
    expect(r.dimensions.map((d) => d.deviation)).toEqual([20, 30, 0]);
  });

  it('explains the loss with shares that sum to 100', () => {
    const r = computeFit(profile, scores);
    expect(r.dimensions[0].lossShare).toBeCloseTo((100 * 800) / 1700, 10);
    expect(r.dimensions[1].lossShare).toBeCloseTo((100 * 900) / 1700, 10);
    expect(r.dimensions[2].lossShare).toBe(0);
    expect(r.dimensions.reduce((s, d) => s + d.lossShare, 0)).toBeCloseTo(100, 10);
  });

  it('flags missed minimums only', () => {
    expect(computeFit(profile, scores).minimumsMissed).toEqual(['a']);
  });

  it('gives 100 and zero shares for a perfect match', () => {
    const r = computeFit(profile, { a: 70, b: 50, c: 40 });
    expect(r.fit).toBe(100);
    expect(r.dimensions.every((d) => d.lossShare === 0)).toBe(true);
  });

  it('distinguishes atLeast from ideal when exceeding the target', () => {
    expect(deviationFor('atLeast', 50, 80)).toBe(0);
    expect(deviationFor('ideal', 50, 80)).toBe(30);
    expect(deviationFor('atLeast', 50, 20)).toBe(30);
  });

  it('agrees with the array form used by the team analysis', () => {
    const arrays = fitFromArrays([50, 80, 90], [0, 1, 2], [70, 50, 40], [2, 1, 1], [0, 1, 0]);
    expect(arrays).toBeCloseTo(computeFit(profile, scores).fit, 12);
  });
});
