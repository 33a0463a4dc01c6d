import { expandSlots } from './expand-slots';

describe('expandSlots', () => {
  it('repeats each role column once per slot, in role order', () => {
    // 2 members × 3 roles, capacities [2, 0, 1] → columns [r0, r0, r2].
    const fit = Float64Array.from([1, 2, 3, 4, 5, 6]);
    const expanded = expandSlots({
      members: 2,
      roles: 3,
      fit,
      capacity: Int32Array.from([2, 0, 1]),
    });
    expect(expanded.rows).toBe(2);
    expect(expanded.cols).toBe(3);
    expect(Array.from(expanded.roleOfColumn)).toEqual([0, 0, 2]);
    expect(Array.from(expanded.values)).toEqual([1, 1, 3, 4, 4, 6]);
  });

  it('has no columns when no role has a slot', () => {
    const expanded = expandSlots({
      members: 3,
      roles: 1,
      fit: Float64Array.from([1, 2, 3]),
      capacity: Int32Array.from([0]),
    });
    expect(expanded.cols).toBe(0);
    expect(expanded.values.length).toBe(0);
  });
});
