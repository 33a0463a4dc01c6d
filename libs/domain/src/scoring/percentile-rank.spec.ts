import fc from 'fast-check';
import { percentileRank, percentileRanks } from './percentile-rank';

describe('percentileRank', () => {
  const group = [50, 60, 60, 70, 80];

  it('counts half of the ties, including the assessment itself', () => {
    // 60: below 1 (50), equal 2 → 100 × (1 + 0.5 × 2)/5 = 40
    expect(percentileRank(60, group)).toBeCloseTo(40, 12);
    // 80: below 4, equal 1 → 100 × 4.5/5 = 90
    expect(percentileRank(80, group)).toBeCloseTo(90, 12);
    // 50: below 0, equal 1 → 100 × 0.5/5 = 10
    expect(percentileRank(50, group)).toBeCloseTo(10, 12);
  });

  it('ranks a lone assessment and an all-tied group at 50', () => {
    expect(percentileRank(73.2, [73.2])).toBe(50);
    // below 0, equal 3 → 100 × 1.5/3 = 50
    expect(percentileRank(70, [70, 70, 70])).toBe(50);
  });

  it('throws on an empty group', () => {
    expect(() => percentileRank(50, [])).toThrow(RangeError);
  });

  it('throws when the group does not include the value (contract breach)', () => {
    expect(() => percentileRank(65, group)).toThrow(RangeError);
    expect(() => percentileRank(Number.NaN, [Number.NaN])).toThrow(RangeError);
  });

  it('agrees with a plain count for any group containing the value (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 40 }),
        fc.nat(),
        (values, pick) => {
          const value = values[pick % values.length];
          const below = values.filter((v) => v < value).length;
          const equal = values.filter((v) => v === value).length;
          const expected = (100 * (below + equal / 2)) / values.length;
          expect(percentileRank(value, values)).toBeCloseTo(expected, 12);
          expect(percentileRank(value, values)).toBeGreaterThan(0);
          expect(percentileRank(value, values)).toBeLessThan(100);
        },
      ),
    );
  });
});

describe('percentileRanks', () => {
  it('ranks every member in the group order', () => {
    // Same arithmetic as above: 50 → 10, 60 → 40 (twice), 70 → 100 × 3.5/5 = 70, 80 → 90
    const ranks = percentileRanks([70, 60, 80, 50, 60]);
    [70, 40, 90, 10, 40].forEach((expected, i) => expect(ranks[i]).toBeCloseTo(expected, 12));
  });

  it('returns nothing for an empty group and rejects NaN', () => {
    expect(percentileRanks([])).toEqual([]);
    expect(() => percentileRanks([1, Number.NaN])).toThrow(RangeError);
  });

  it('matches percentileRank member by member (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { maxLength: 60 }),
        (g) => {
          const ranks = percentileRanks(g);
          g.forEach((v, i) => expect(ranks[i]).toBeCloseTo(percentileRank(v, g), 12));
        },
      ),
    );
  });
});
