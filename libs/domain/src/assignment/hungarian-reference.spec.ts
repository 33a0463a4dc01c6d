import fc from 'fast-check';
import { munkres } from 'munkres';
import { bruteForceBestTotal } from './brute-force-assignment.test-support';
import { hungarianMaximize } from './hungarian-reference';

const matrix = (rows: number[][]) => ({
  rows: rows.length,
  cols: rows[0]?.length ?? 0,
  values: Float64Array.from(rows.flat()),
});

/** Independent optimum from the `munkres` package (a minimiser, so values are negated). */
function munkresBestTotal(rows: number, cols: number, values: Float64Array): number {
  const cost = Array.from({ length: rows }, (_, i) =>
    Array.from(values.subarray(i * cols, (i + 1) * cols), (x) => -x),
  );
  return munkres(cost).reduce((sum, [i, j]) => sum + values[i * cols + j], 0);
}

describe('hungarianMaximize (reference)', () => {
  it('solves a square case worked by hand', () => {
    // [[4,1],[2,3]]: diagonal 4+3 = 7 beats anti-diagonal 1+2 = 3.
    const r = hungarianMaximize(
      matrix([
        [4, 1],
        [2, 3],
      ]),
    );
    expect(Array.from(r.colOfRow)).toEqual([0, 1]);
    expect(r.total).toBe(7);
  });

  it('solves a wide case worked by hand', () => {
    // Pairs (c0,c1) → total: (0,1)=8 (0,2)=3 (1,0)=9 (1,2)=7 (2,0)=7 (2,1)=10 → best 10.
    const r = hungarianMaximize(
      matrix([
        [1, 5, 3],
        [4, 7, 2],
      ]),
    );
    expect(Array.from(r.colOfRow)).toEqual([2, 1]);
    expect(r.total).toBe(10);
  });

  it('solves a tall case worked by hand, leaving a row out', () => {
    // Two of three rows: r1c0 + r2c1 = 5 + 4 = 9 is the best of the six choices.
    const r = hungarianMaximize(
      matrix([
        [1, 2],
        [5, 1],
        [3, 4],
      ]),
    );
    expect(Array.from(r.colOfRow)).toEqual([-1, 0, 1]);
    expect(r.total).toBe(9);
  });

  it('handles negative values', () => {
    // −1 + −2 = −3 beats −5 + −3 = −8.
    const r = hungarianMaximize(
      matrix([
        [-1, -5],
        [-3, -2],
      ]),
    );
    expect(r.total).toBe(-3);
  });

  it('handles empty matrices', () => {
    expect(hungarianMaximize({ rows: 0, cols: 0, values: new Float64Array() }).total).toBe(0);
    expect(hungarianMaximize({ rows: 0, cols: 3, values: new Float64Array() }).total).toBe(0);
    const tall = hungarianMaximize({ rows: 3, cols: 0, values: new Float64Array() });
    expect(Array.from(tall.colOfRow)).toEqual([-1, -1, -1]);
    expect(tall.total).toBe(0);
  });

  it('equals brute force on small rectangular matrices (property)', () => {
    const instance = fc
      .record({ rows: fc.integer({ min: 0, max: 6 }), cols: fc.integer({ min: 0, max: 6 }) })
      .chain(({ rows, cols }) =>
        fc.record({
          rows: fc.constant(rows),
          cols: fc.constant(cols),
          values: fc.array(fc.integer({ min: -3, max: 6 }), {
            minLength: rows * cols,
            maxLength: rows * cols,
          }),
        }),
      );
    fc.assert(
      fc.property(instance, ({ rows, cols, values }) => {
        const r = hungarianMaximize({ rows, cols, values: Float64Array.from(values) });
        // A rectangular assignment is the capacitated problem with one slot per column.
        const ones = new Array<number>(cols).fill(1);
        expect(r.total).toBe(bruteForceBestTotal(rows, cols, values, ones));
        const used = Array.from(r.colOfRow).filter((j) => j >= 0);
        expect(used.length).toBe(Math.min(rows, cols));
        expect(new Set(used).size).toBe(used.length);
      }),
      { numRuns: 400 },
    );
  });

  it('agrees with the munkres package on medium matrices (property)', () => {
    const instance = fc
      .record({ rows: fc.integer({ min: 1, max: 40 }), cols: fc.integer({ min: 1, max: 40 }) })
      .chain(({ rows, cols }) =>
        fc.record({
          rows: fc.constant(rows),
          cols: fc.constant(cols),
          values: fc.array(fc.double({ min: 0, max: 100, noNaN: true }), {
            minLength: rows * cols,
            maxLength: rows * cols,
          }),
        }),
      );
    fc.assert(
      fc.property(instance, ({ rows, cols, values }) => {
        const typed = Float64Array.from(values);
        const r = hungarianMaximize({ rows, cols, values: typed });
        expect(r.total).toBeCloseTo(munkresBestTotal(rows, cols, typed), 8);
      }),
      { numRuns: 40 },
    );
  });
});
