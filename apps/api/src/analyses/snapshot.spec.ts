import { canonicalJson, hashAnalysisInput } from './snapshot';

describe('analysis input hashing', () => {
  it('ignores key order and undefined fields', () => {
    expect(canonicalJson({ b: 1, a: [{ y: 2, x: undefined, w: null }] })).toBe(
      '{"a":[{"w":null,"y":2}],"b":1}',
    );
  });

  it('hashes equal inputs alike and different ones differently', () => {
    const input = {
      gapThreshold: 60,
      snapshot: {
        members: [
          { id: 'm1', name: 'A', currentJobRoleId: null, profile: { x: 50 }, performance: null },
        ],
        roles: [],
        otherRoles: [],
      },
    };
    const reordered = JSON.parse(JSON.stringify({ snapshot: input.snapshot, gapThreshold: 60 }));
    expect(hashAnalysisInput(reordered)).toBe(hashAnalysisInput(input));
    expect(hashAnalysisInput({ ...input, gapThreshold: 61 })).not.toBe(hashAnalysisInput(input));
  });
});
