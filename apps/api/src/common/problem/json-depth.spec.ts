import { exceedsJsonDepth } from './json-depth';

const nestArrays = (n: number): unknown => {
  let v: unknown = [];
  for (let i = 1; i < n; i++) v = [v];
  return v;
};

describe('exceedsJsonDepth', () => {
  it('accepts flat and moderately nested values', () => {
    expect(exceedsJsonDepth({ a: [{ b: 1 }, 2], c: 'x' })).toBe(false);
    expect(exceedsJsonDepth(nestArrays(32))).toBe(false);
    expect(exceedsJsonDepth(42)).toBe(false);
  });

  it('flags values nested deeper than the limit, without recursion', () => {
    expect(exceedsJsonDepth(nestArrays(33))).toBe(true);
    expect(exceedsJsonDepth(nestArrays(100_000))).toBe(true);
    let o: Record<string, unknown> = {};
    const root = o;
    for (let i = 0; i < 50; i++) o = o.a = {};
    expect(exceedsJsonDepth(root)).toBe(true);
  });
});
