import { exceedsJsonDepth, jsonBodyProblem } from './json-depth';

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

describe('jsonBodyProblem', () => {
  it('accepts ordinary bodies, including the largest legitimate ones', () => {
    expect(jsonBodyProblem({ name: 'Kari 👩‍💼', profile: { prospecting: 72 } })).toBeUndefined();
    expect(jsonBodyProblem({ members: new Array(10_000).fill({ name: 'm' }) })).toBeUndefined();
    expect(
      jsonBodyProblem(Object.fromEntries(new Array(1000).fill(0).map((_, i) => [`k${i}`, i]))),
    ).toBeUndefined();
    expect(jsonBodyProblem(nestArrays(32))).toBeUndefined();
  });

  it('refuses deep nesting, huge arrays and objects, and strings that are not text', () => {
    expect(jsonBodyProblem(nestArrays(100_000))).toMatch(/nested deeper than 32/);
    expect(jsonBodyProblem({ a: new Array(10_001).fill(0) })).toMatch(/more than 10000 items/);
    const keys = Object.fromEntries(new Array(1001).fill(0).map((_, i) => [`k${i}`, i]));
    expect(jsonBodyProblem({ answers: keys })).toMatch(/more than 1000 keys/);
    expect(jsonBodyProblem({ name: 'a\u0000b' })).toMatch(/NUL/);
    expect(jsonBodyProblem({ email: '\ud800@x.no' })).toMatch(/surrogate/);
    expect(jsonBodyProblem({ ['\udfff']: 1 })).toMatch(/surrogate/);
  });
});
