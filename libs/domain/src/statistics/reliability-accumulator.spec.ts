import fc from 'fast-check';
import { ReliabilityAccumulator, type ReliabilityResult } from './reliability-accumulator';

function accumulate(k: number, rows: readonly (readonly number[])[]): ReliabilityResult {
  const acc = new ReliabilityAccumulator(k);
  for (const row of rows) acc.add(row);
  return acc.result();
}

/** Plain two-pass textbook implementation, independent of the co-moment algebra. */
function reference(k: number, rows: readonly (readonly number[])[]): ReliabilityResult {
  const n = rows.length;
  const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);
  const mean = (xs: readonly number[]): number => sum(xs) / xs.length;
  const variance = (xs: readonly number[]): number => {
    const m = mean(xs);
    return sum(xs.map((x) => (x - m) ** 2)) / (xs.length - 1);
  };
  const pearson = (xs: readonly number[], ys: readonly number[]): number | null => {
    const mx = mean(xs);
    const my = mean(ys);
    let sxy = 0;
    let sxx = 0;
    let syy = 0;
    for (let r = 0; r < xs.length; r++) {
      sxy += (xs[r] - mx) * (ys[r] - my);
      sxx += (xs[r] - mx) ** 2;
      syy += (ys[r] - my) ** 2;
    }
    return sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy);
  };
  const columns = Array.from({ length: k }, (_, i) => rows.map((row) => row[i]));
  const sumOf = (cols: number[]): number[] => rows.map((row) => sum(cols.map((c) => row[c])));
  const alphaOf = (cols: number[]): number | null => {
    if (cols.length < 2 || n < 2) return null;
    const totalVariance = variance(sumOf(cols));
    if (totalVariance === 0) return null;
    const itemVariances = sum(cols.map((c) => variance(columns[c])));
    return (cols.length / (cols.length - 1)) * (1 - itemVariances / totalVariance);
  };
  const all = columns.map((_, i) => i);
  return {
    n,
    alpha: alphaOf(all),
    items: all.map((i) => {
      const others = all.filter((j) => j !== i);
      return {
        mean: n >= 1 ? mean(columns[i]) : null,
        sd: n >= 2 ? Math.sqrt(variance(columns[i])) : null,
        correctedItemTotal: n >= 2 && k >= 2 ? pearson(columns[i], sumOf(others)) : null,
        alphaIfDeleted: k >= 3 ? alphaOf(others) : null,
      };
    }),
  };
}

function expectClose(actual: number | null, expected: number | null, tolerance = 1e-9): void {
  if (expected === null) {
    expect(actual).toBeNull();
    return;
  }
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(
    tolerance * Math.max(1, Math.abs(expected)),
  );
}

function expectSameResult(actual: ReliabilityResult, expected: ReliabilityResult, tol = 1e-9) {
  expect(actual.n).toBe(expected.n);
  expectClose(actual.alpha, expected.alpha, tol);
  expect(actual.items).toHaveLength(expected.items.length);
  actual.items.forEach((item, i) => {
    expectClose(item.mean, expected.items[i].mean, tol);
    expectClose(item.sd, expected.items[i].sd, tol);
    expectClose(item.correctedItemTotal, expected.items[i].correctedItemTotal, tol);
    expectClose(item.alphaIfDeleted, expected.items[i].alphaIfDeleted, tol);
  });
}

/** Small deterministic PRNG (mulberry32) so the large test is reproducible. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('ReliabilityAccumulator', () => {
  /*
   * Textbook example, 5 respondents × 3 items (keyed scores):
   *        i1 i2 i3 | total | i2+i3  i1+i3  i1+i2
   *   R1    4  5  4 |  13   |   9      8      9
   *   R2    3  4  3 |  10   |   7      6      7
   *   R3    5  5  4 |  14   |   9      9     10
   *   R4    2  3  3 |   8   |   6      5      5
   *   R5    4  4  5 |  13   |   9      9      8
   *
   * i1: mean 18/5 = 3.6, deviations .4 −.6 1.4 −1.6 .4, SS = .16+.36+1.96+2.56+.16 = 5.2, var 1.3
   * i2: mean 4.2, deviations .8 −.2 .8 −1.2 −.2, SS = .64+.04+.64+1.44+.04 = 2.8, var .7
   * i3: mean 3.8, deviations .2 −.8 .2 −.8 1.2, SS = .04+.64+.04+.64+1.44 = 2.8, var .7
   * total: mean 58/5 = 11.6, deviations 1.4 −1.6 2.4 −3.6 1.4,
   *        SS = 1.96+2.56+5.76+12.96+1.96 = 25.2, var 6.3
   * alpha = 3/2 × (1 − (1.3 + .7 + .7)/6.3) = 1.5 × 3.6/6.3 = 6/7 ≈ 0.857143
   *
   * Corrected item–total, i1 vs i2+i3 (mean 8, deviations 1 −1 1 −2 1, SS 8, var 2):
   *   Σ dev·dev = .4 + .6 + 1.4 + 3.2 + .4 = 6.0 → r = 6/sqrt(5.2 × 8) = 1.5/sqrt(2.6) ≈ 0.930261
   * i2 vs i1+i3 (mean 7.4, deviations .6 −1.4 1.6 −2.4 1.6, SS 13.2, var 3.3):
   *   Σ dev·dev = .48 + .28 + 1.28 + 2.88 − .32 = 4.6 → r = 4.6/sqrt(2.8 × 13.2) ≈ 0.756649
   * i3 vs i1+i2 (mean 7.8, deviations 1.2 −.8 2.2 −2.8 .2, SS 14.8, var 3.7):
   *   Σ dev·dev = .24 + .64 + .44 + 2.24 + .24 = 3.8 → r = 3.8/sqrt(2.8 × 14.8) ≈ 0.590301
   *
   * Alpha if deleted (k' = 2, so k'/(k'−1) = 2):
   *   without i1: 2 × (1 − (.7 + .7)/2)   = 0.6
   *   without i2: 2 × (1 − (1.3 + .7)/3.3) = 2.6/3.3 ≈ 0.787879
   *   without i3: 2 × (1 − (1.3 + .7)/3.7) = 3.4/3.7 ≈ 0.918919  (dropping i3 would help)
   */
  const textbook = [
    [4, 5, 4],
    [3, 4, 3],
    [5, 5, 4],
    [2, 3, 3],
    [4, 4, 5],
  ];

  it('reproduces the hand-worked textbook example', () => {
    const r = accumulate(3, textbook);
    expect(r.n).toBe(5);
    expect(r.alpha).toBeCloseTo(6 / 7, 12);
    const expected = [
      { mean: 3.6, variance: 1.3, r: 1.5 / Math.sqrt(2.6), alphaIfDeleted: 0.6 },
      { mean: 4.2, variance: 0.7, r: 4.6 / Math.sqrt(2.8 * 13.2), alphaIfDeleted: 2.6 / 3.3 },
      { mean: 3.8, variance: 0.7, r: 3.8 / Math.sqrt(2.8 * 14.8), alphaIfDeleted: 3.4 / 3.7 },
    ];
    r.items.forEach((item, i) => {
      expect(item.mean).toBeCloseTo(expected[i].mean, 12);
      expect(item.sd).toBeCloseTo(Math.sqrt(expected[i].variance), 12);
      expect(item.correctedItemTotal).toBeCloseTo(expected[i].r, 12);
      expect(item.alphaIfDeleted).toBeCloseTo(expected[i].alphaIfDeleted, 12);
    });
    expect(r.items[0].correctedItemTotal).toBeCloseTo(0.930261, 6);
  });

  it('does not depend on row order', () => {
    expectSameResult(accumulate(3, [...textbook].reverse()), accumulate(3, textbook), 1e-12);
  });

  it('stays accurate for scores far from zero (no Σx² − (Σx)²/n cancellation)', () => {
    // Shifting every score by a constant changes no variance or correlation.
    const shifted = textbook.map((row) => row.map((x) => x + 1e9));
    const r = accumulate(3, shifted);
    expect(r.alpha).toBeCloseTo(6 / 7, 6);
    expect(r.items[0].mean).toBeCloseTo(1e9 + 3.6, 4);
    expect(r.items[0].sd).toBeCloseTo(Math.sqrt(1.3), 6);
    expect(r.items[2].alphaIfDeleted).toBeCloseTo(3.4 / 3.7, 6);
  });

  describe('undefined statistics are null', () => {
    it('reports nothing but n for no rows', () => {
      expect(accumulate(2, [])).toEqual({
        n: 0,
        alpha: null,
        items: [
          { mean: null, sd: null, correctedItemTotal: null, alphaIfDeleted: null },
          { mean: null, sd: null, correctedItemTotal: null, alphaIfDeleted: null },
        ],
      });
    });

    it('has a mean but no spread for one row', () => {
      const r = accumulate(3, [[1, 2, 3]]);
      expect(r.n).toBe(1);
      expect(r.alpha).toBeNull();
      expect(r.items.map((i) => i.mean)).toEqual([1, 2, 3]);
      expect(r.items.every((i) => i.sd === null && i.correctedItemTotal === null)).toBe(true);
      expect(r.items.every((i) => i.alphaIfDeleted === null)).toBe(true);
    });

    it('has no alpha and no item–total r for a single item (k = 1)', () => {
      const r = accumulate(1, [[1], [3], [4]]);
      expect(r.alpha).toBeNull();
      // mean 8/3; deviations −5/3, 1/3, 4/3 → SS = (25 + 1 + 16)/9 = 42/9, var = 21/9
      expect(r.items[0].mean).toBeCloseTo(8 / 3, 12);
      expect(r.items[0].sd).toBeCloseTo(Math.sqrt(21 / 9), 12);
      expect(r.items[0].correctedItemTotal).toBeNull();
      expect(r.items[0].alphaIfDeleted).toBeNull();
    });

    it('has alpha but no alpha-if-deleted for two items (k = 2)', () => {
      // i1: 1 2 3 (var 1); i2: 1 3 2 (var 1); total 2 5 5 (mean 4, SS 4 + 1 + 1 = 6, var 3)
      // alpha = 2 × (1 − 2/3) = 2/3; r(i1, i2): Σ dev·dev = (−1)(−1) + 0·1 + 1·0 = 1 → 1/sqrt(2·2)
      const r = accumulate(2, [
        [1, 1],
        [2, 3],
        [3, 2],
      ]);
      expect(r.alpha).toBeCloseTo(2 / 3, 12);
      expect(r.items.map((i) => i.alphaIfDeleted)).toEqual([null, null]);
      expect(r.items[0].correctedItemTotal).toBeCloseTo(0.5, 12);
      expect(r.items[1].correctedItemTotal).toBeCloseTo(0.5, 12);
    });

    it('nulls the correlations of a constant item but keeps its SD of 0', () => {
      const r = accumulate(3, [
        [3, 1, 2],
        [3, 2, 2],
        [3, 4, 5],
      ]);
      expect(r.items[0].sd).toBe(0);
      expect(r.items[0].correctedItemTotal).toBeNull();
      expect(r.items[1].correctedItemTotal).not.toBeNull();
      // Without the constant item, i2/i3 still vary → alpha if deleted exists.
      expect(r.items[0].alphaIfDeleted).not.toBeNull();
    });

    it('has no alpha when every item is constant', () => {
      const r = accumulate(3, [
        [2, 4, 1],
        [2, 4, 1],
        [2, 4, 1],
      ]);
      expect(r.alpha).toBeNull();
      expect(r.items.every((i) => i.sd === 0 && i.alphaIfDeleted === null)).toBe(true);
    });

    it('has no alpha when opposed items make the total constant', () => {
      // x and 6 − x: both vary, yet every total is 6 → var(total) = 0.
      const rows = [1, 2, 5, 4, 3, 5, 1].map((x) => [x, 6 - x]);
      const r = accumulate(2, rows);
      expect(r.alpha).toBeNull();
      expect(r.items[0].correctedItemTotal).toBeCloseTo(-1, 12);
      expect(r.items[0].correctedItemTotal).toBeGreaterThanOrEqual(-1);
    });

    it('has no alpha-if-deleted when the remaining items cancel out', () => {
      // i2 + i3 = 6 on every row → deleting i1 leaves a constant total.
      const rows = [
        [1, 1, 5],
        [4, 2, 4],
        [2, 5, 1],
        [5, 3, 3],
      ];
      const r = accumulate(3, rows);
      expect(r.items[0].alphaIfDeleted).toBeNull();
      expect(r.items[0].correctedItemTotal).toBeNull();
      expectSameResult(r, reference(3, rows));
    });
  });

  it('rejects a wrong row length, non-finite scores and a bad k', () => {
    const acc = new ReliabilityAccumulator(3);
    expect(() => acc.add([1, 2])).toThrow(RangeError);
    expect(() => acc.add([1, Number.NaN, 2])).toThrow(RangeError);
    expect(() => acc.add([1, Infinity, 2])).toThrow(RangeError);
    expect(acc.n).toBe(0);
    expect(() => new ReliabilityAccumulator(0)).toThrow(RangeError);
    expect(() => new ReliabilityAccumulator(2.5)).toThrow(RangeError);
  });

  it('accepts typed arrays as rows', () => {
    const acc = new ReliabilityAccumulator(3);
    for (const row of textbook) acc.add(Float64Array.from(row));
    expect(acc.n).toBe(5);
    expect(acc.result().alpha).toBeCloseTo(6 / 7, 12);
  });

  it('matches a two-pass implementation on random likert data (property)', () => {
    const data = fc.integer({ min: 1, max: 8 }).chain((k) =>
      fc.record({
        k: fc.constant(k),
        rows: fc.array(fc.array(fc.integer({ min: 1, max: 7 }), { minLength: k, maxLength: k }), {
          maxLength: 40,
        }),
      }),
    );
    fc.assert(
      fc.property(data, ({ k, rows }) => expectSameResult(accumulate(k, rows), reference(k, rows))),
      { numRuns: 300 },
    );
  });

  it('matches a two-pass implementation on random real-valued data (property)', () => {
    // Two-decimal reals in [−50, 150]: fc.double would also draw subnormals (1e-162), whose
    // squares underflow to 0 in one implementation and not the other — not questionnaire data.
    const centesimal = fc.integer({ min: -5000, max: 15000 }).map((v) => v / 100);
    const data = fc.integer({ min: 2, max: 8 }).chain((k) =>
      fc.record({
        k: fc.constant(k),
        rows: fc.array(fc.array(centesimal, { minLength: k, maxLength: k }), {
          minLength: 10,
          maxLength: 60,
        }),
      }),
    );
    fc.assert(
      fc.property(data, ({ k, rows }) => expectSameResult(accumulate(k, rows), reference(k, rows))),
      { numRuns: 200 },
    );
  });

  it('matches the two-pass implementation on a seeded one-factor data set', () => {
    // Items share a latent trait, as real questionnaire dimensions do, so alpha is positive.
    const random = mulberry32(42);
    const rows = Array.from({ length: 500 }, () => {
      const trait = random() * 4 - 2;
      return Array.from({ length: 6 }, () =>
        Math.min(5, Math.max(1, Math.round(3 + trait + (random() * 2 - 1) * 1.5))),
      );
    });
    const actual = accumulate(6, rows);
    expectSameResult(actual, reference(6, rows));
    expect(actual.alpha).toBeGreaterThan(0.5);
  });

  it('accumulates 10,000 submissions × 60 items streamed one row at a time', () => {
    const k = 60;
    const acc = new ReliabilityAccumulator(k);
    const random = mulberry32(7);
    const row = new Float64Array(k); // reused: nothing is kept per row
    for (let r = 0; r < 10_000; r++) {
      const trait = random() * 4 - 2;
      for (let i = 0; i < k; i++) {
        row[i] = Math.min(5, Math.max(1, Math.round(3 + trait + (random() * 2 - 1) * 2)));
      }
      acc.add(row);
    }
    const result = acc.result();
    expect(result.n).toBe(10_000);
    expect(result.items).toHaveLength(k);
    expect(result.alpha).not.toBeNull();
    expect(result.alpha as number).toBeGreaterThan(0);
    expect(result.alpha as number).toBeLessThanOrEqual(1);
    for (const item of result.items) {
      expect(Number.isFinite(item.mean)).toBe(true);
      expect(item.sd as number).toBeGreaterThan(0);
      expect(Math.abs(item.correctedItemTotal as number)).toBeLessThanOrEqual(1);
      expect(Number.isFinite(item.alphaIfDeleted)).toBe(true);
    }
  });
});
