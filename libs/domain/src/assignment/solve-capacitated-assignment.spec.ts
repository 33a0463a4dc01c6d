import fc from 'fast-check';
import { munkres } from 'munkres';
import type { CapacitatedAssignmentResult } from './assignment.types';
import { bruteForceBestTotal } from './brute-force-assignment.test-support';
import { expandSlots } from './expand-slots';
import { hungarianMaximize } from './hungarian-reference';
import { hasImprovingCycle } from './optimality-certificate.test-support';
import { solveCapacitatedAssignment } from './solve-capacitated-assignment';

interface Instance {
  members: number;
  roles: number;
  fit: number[];
  capacity: number[];
}

function solve(instance: Instance): CapacitatedAssignmentResult {
  return solveCapacitatedAssignment({
    members: instance.members,
    roles: instance.roles,
    fit: Float64Array.from(instance.fit),
    capacity: Int32Array.from(instance.capacity),
  });
}

/** Feasibility and bookkeeping, independent of optimality. */
function expectFeasible(instance: Instance, result: CapacitatedAssignmentResult): void {
  const { members, roles, fit, capacity } = instance;
  expect(result.roleOfMember.length).toBe(members);
  const used = new Array<number>(roles).fill(0);
  let assigned = 0;
  let total = 0;
  for (let i = 0; i < members; i++) {
    const j = result.roleOfMember[i];
    expect(j).toBeGreaterThanOrEqual(-1);
    expect(j).toBeLessThan(roles);
    if (j < 0) continue;
    used[j]++;
    assigned++;
    total += fit[i * roles + j];
  }
  used.forEach((n, j) => expect(n).toBeLessThanOrEqual(capacity[j]));
  const slots = capacity.reduce((s, c) => s + c, 0);
  expect(assigned).toBe(Math.min(members, slots));
  expect(result.total).toBeCloseTo(total, 9);
}

/** Optimum of the slot-expanded rectangular problem via the reference Hungarian. */
function hungarianBestTotal(instance: Instance): number {
  const expanded = expandSlots({
    members: instance.members,
    roles: instance.roles,
    fit: Float64Array.from(instance.fit),
    capacity: Int32Array.from(instance.capacity),
  });
  return hungarianMaximize(expanded).total;
}

/** Optimum of the slot-expanded problem via the `munkres` package (a minimiser: negate). */
function munkresBestTotal(instance: Instance): number {
  const { rows, cols, values } = expandSlots({
    members: instance.members,
    roles: instance.roles,
    fit: Float64Array.from(instance.fit),
    capacity: Int32Array.from(instance.capacity),
  });
  if (rows === 0 || cols === 0) return 0;
  const cost = Array.from({ length: rows }, (_, i) =>
    Array.from(values.subarray(i * cols, (i + 1) * cols), (x) => -x),
  );
  return munkres(cost).reduce((sum, [i, j]) => sum + values[i * cols + j], 0);
}

function instanceArbitrary(
  limits: { members: number; roles: number; capacity: number },
  cell: fc.Arbitrary<number>,
): fc.Arbitrary<Instance> {
  return fc
    .record({
      members: fc.integer({ min: 0, max: limits.members }),
      roles: fc.integer({ min: 0, max: limits.roles }),
    })
    .chain(({ members, roles }) =>
      fc.record({
        members: fc.constant(members),
        roles: fc.constant(roles),
        fit: fc.array(cell, { minLength: members * roles, maxLength: members * roles }),
        capacity: fc.array(fc.integer({ min: 0, max: limits.capacity }), {
          minLength: roles,
          maxLength: roles,
        }),
      }),
    );
}

/** Small deterministic generator for the fixed medium instances. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function randomInstance(
  seed: number,
  members: number,
  capacity: number[],
  cell: (u: number) => number,
): Instance {
  const next = lcg(seed);
  const fit = Array.from({ length: members * capacity.length }, () => cell(next()));
  return { members, roles: capacity.length, fit, capacity };
}

describe('solveCapacitatedAssignment', () => {
  describe('small cases worked by hand', () => {
    it('moves the versatile member aside so both specialists fit', () => {
      // Members A, B, C; roles X (1 slot), Y (2 slots).
      //   fit  X   Y
      //   A   90  80
      //   B   85  10
      //   C   20  70
      // B can only do X, so A goes to Y with C: 85 + 80 + 70 = 235.
      // Greedy "best cell first" would put A on X (90) and B on Y (10): 90 + 10 + 70 = 170.
      const instance = { members: 3, roles: 2, fit: [90, 80, 85, 10, 20, 70], capacity: [1, 2] };
      const result = solve(instance);
      expect(Array.from(result.roleOfMember)).toEqual([1, 0, 1]);
      expect(result.total).toBe(235);
    });

    it('leaves the weakest member out when slots are short', () => {
      // One role with 2 slots, fits 50, 70, 60 → keep 70 + 60 = 130, leave the first out.
      const result = solve({ members: 3, roles: 1, fit: [50, 70, 60], capacity: [2] });
      expect(Array.from(result.roleOfMember)).toEqual([-1, 0, 0]);
      expect(result.total).toBe(130);
    });

    it('fills every member when slots exceed members, even into poor fits', () => {
      // Two members, X has 1 slot, Y has 5: both fit X best (90, 80), but only one can take it.
      // A→X + B→Y = 90 + 40 = 130; A→Y + B→X = 30 + 80 = 110 → the first.
      const result = solve({ members: 2, roles: 2, fit: [90, 30, 80, 40], capacity: [1, 5] });
      expect(Array.from(result.roleOfMember)).toEqual([0, 1]);
      expect(result.total).toBe(130);
    });

    it('still assigns min(members, slots) when the forced assignment lowers the sum', () => {
      // Negative fits: assigning anybody costs, but exactly one assignment is required.
      // Best single placement is member 1 on role 0 (−1).
      const result = solve({ members: 2, roles: 1, fit: [-5, -1], capacity: [1] });
      expect(Array.from(result.roleOfMember)).toEqual([-1, 0]);
      expect(result.total).toBe(-1);
    });

    it('never uses a zero-capacity role even when it is everyone’s best fit', () => {
      const result = solve({ members: 2, roles: 2, fit: [100, 10, 100, 20], capacity: [0, 2] });
      expect(Array.from(result.roleOfMember)).toEqual([1, 1]);
      expect(result.total).toBe(30);
    });
  });

  describe('degenerate inputs', () => {
    it('returns nothing for zero members', () => {
      const result = solve({ members: 0, roles: 3, fit: [], capacity: [1, 2, 3] });
      expect(result.roleOfMember.length).toBe(0);
      expect(result.total).toBe(0);
    });

    it('leaves everybody unassigned with zero roles', () => {
      const result = solve({ members: 3, roles: 0, fit: [], capacity: [] });
      expect(Array.from(result.roleOfMember)).toEqual([-1, -1, -1]);
      expect(result.total).toBe(0);
    });

    it('leaves everybody unassigned when all capacities are zero', () => {
      const result = solve({ members: 2, roles: 2, fit: [1, 2, 3, 4], capacity: [0, 0] });
      expect(Array.from(result.roleOfMember)).toEqual([-1, -1]);
      expect(result.total).toBe(0);
    });

    it('rejects malformed input', () => {
      const base = { members: 2, roles: 1, fit: Float64Array.from([1, 2]) };
      expect(() =>
        solveCapacitatedAssignment({ ...base, capacity: Int32Array.from([1, 1]) }),
      ).toThrow(RangeError);
      expect(() =>
        solveCapacitatedAssignment({ ...base, capacity: Int32Array.from([-1]) }),
      ).toThrow(RangeError);
      expect(() =>
        solveCapacitatedAssignment({
          ...base,
          fit: Float64Array.from([1, NaN]),
          capacity: Int32Array.from([1]),
        }),
      ).toThrow(RangeError);
      expect(() =>
        solveCapacitatedAssignment({
          ...base,
          fit: Float64Array.from([1]),
          capacity: Int32Array.from([1]),
        }),
      ).toThrow(RangeError);
    });
  });

  describe('optimality against brute force (property)', () => {
    const limits = { members: 6, roles: 3, capacity: 3 };

    it('matches with small integer fits, where ties are everywhere', () => {
      fc.assert(
        fc.property(instanceArbitrary(limits, fc.integer({ min: 0, max: 4 })), (instance) => {
          const result = solve(instance);
          expectFeasible(instance, result);
          const best = bruteForceBestTotal(
            instance.members,
            instance.roles,
            instance.fit,
            instance.capacity,
          );
          expect(result.total).toBe(best);
        }),
        { numRuns: 1500 },
      );
    });

    it('matches with real-valued fits, including negative ones', () => {
      const cell = fc.double({ min: -50, max: 100, noNaN: true });
      fc.assert(
        fc.property(instanceArbitrary(limits, cell), (instance) => {
          const result = solve(instance);
          expectFeasible(instance, result);
          const best = bruteForceBestTotal(
            instance.members,
            instance.roles,
            instance.fit,
            instance.capacity,
          );
          expect(result.total).toBeCloseTo(best, 9);
        }),
        { numRuns: 1000 },
      );
    });

    it('covers the interesting shapes among the generated instances', () => {
      // Guards the generator: the property above must see each regime, not just one.
      const shapes = new Set<string>();
      fc.assert(
        fc.property(instanceArbitrary(limits, fc.integer({ min: 0, max: 4 })), (instance) => {
          const slots = instance.capacity.reduce((s, c) => s + c, 0);
          if (instance.members > slots) shapes.add('members > slots');
          if (instance.members < slots) shapes.add('slots > members');
          if (instance.members === slots && slots > 0) shapes.add('equal');
          if (instance.capacity.some((c) => c === 0) && slots > 0) shapes.add('zero-capacity role');
        }),
        { numRuns: 300, seed: 42 },
      );
      expect([...shapes].sort()).toEqual(
        ['equal', 'members > slots', 'slots > members', 'zero-capacity role'].sort(),
      );
    });
  });

  describe('optimality against the slot-expanded rectangular assignment', () => {
    const cases: Array<[string, Instance]> = [
      // 60 members, 6 roles: Σ slots 48 < 60, then 90 > 60, then exactly 60, with a 0-slot role.
      ['60×6, fewer slots', randomInstance(1, 60, [10, 8, 6, 12, 4, 8], (u) => 40 + 60 * u)],
      ['60×6, more slots', randomInstance(2, 60, [15, 15, 15, 15, 15, 15], (u) => 100 * u)],
      ['60×6, equal, a 0-slot role', randomInstance(3, 60, [20, 0, 10, 10, 15, 5], (u) => 100 * u)],
      // Integer fits 0–3: massive ties stress the tie-breaking and lazy heap deletion.
      ['60×6, heavy ties', randomInstance(4, 60, [9, 11, 10, 10, 7, 13], (u) => Math.floor(4 * u))],
      // Fits shaped like the real formula (most close to 100, a long tail down).
      [
        '200×8, fit-like values',
        randomInstance(5, 200, [30, 25, 25, 20, 40, 20, 25, 10], (u) => 100 - 30 * Math.sqrt(u)),
      ],
    ];

    it.each(cases)('%s: equals the reference Hungarian and munkres', (_name, instance) => {
      const result = solve(instance);
      expectFeasible(instance, result);
      const reference = hungarianBestTotal(instance);
      expect(result.total).toBeCloseTo(reference, 8);
      expect(result.total).toBeCloseTo(munkresBestTotal(instance), 8);
    });

    it('equals the reference Hungarian on random medium instances (property)', () => {
      const cell = fc.oneof(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.integer({ min: 0, max: 3 }),
      );
      fc.assert(
        fc.property(
          instanceArbitrary({ members: 60, roles: 6, capacity: 15 }, cell),
          (instance) => {
            const result = solve(instance);
            expectFeasible(instance, result);
            expect(result.total).toBeCloseTo(hungarianBestTotal(instance), 8);
          },
        ),
        { numRuns: 60 },
      );
    });
  });

  describe('optimality certificate (no improving cycle) at scale', () => {
    function improvable(instance: Instance, roleOfMember: ArrayLike<number>): boolean {
      const { members, roles, fit, capacity } = instance;
      return hasImprovingCycle(members, roles, fit, capacity, roleOfMember);
    }

    it('detects the improving cycle of a hand-made suboptimal assignment', () => {
      // The greedy assignment of the first hand case: A→X, B→Y, C→Y = 90 + 10 + 70 = 170.
      // Cycle: A moves X→Y (90 − 80 = 10), B moves Y→X (10 − 85 = −75): −65 = 170 − 235.
      const instance = { members: 3, roles: 2, fit: [90, 80, 85, 10, 20, 70], capacity: [1, 2] };
      expect(improvable(instance, [0, 1, 1])).toBe(true);
      expect(improvable(instance, [1, 0, 1])).toBe(false);
    });

    it('detects an improving swap with the left-out pool', () => {
      // One role, 2 slots, fits 50, 70, 60; keeping members 0 and 1 gives 120 < 130.
      // Cycle: member 2 pool→role (0 − 60 = −60), member 0 role→pool (50 − 0 = 50): −10.
      const instance = { members: 3, roles: 1, fit: [50, 70, 60], capacity: [2] };
      expect(improvable(instance, [0, 0, -1])).toBe(true);
      expect(improvable(instance, [-1, 0, 0])).toBe(false);
    });

    it('detects an improving move into a free slot', () => {
      // X has a free slot; member 0 sits in Y at 30 but fits X at 90: move X←Y saves 60.
      const instance = { members: 1, roles: 2, fit: [90, 30], capacity: [1, 1] };
      expect(improvable(instance, [1])).toBe(true);
      expect(improvable(instance, [0])).toBe(false);
    });

    it('agrees with brute force on random feasible assignments (validates the certificate)', () => {
      const withAssignment = instanceArbitrary(
        { members: 6, roles: 3, capacity: 3 },
        fc.integer({ min: 0, max: 9 }),
      ).chain((instance) =>
        fc.record({
          instance: fc.constant(instance),
          order: fc.shuffledSubarray([...Array(instance.members).keys()], {
            minLength: instance.members,
            maxLength: instance.members,
          }),
          roleOrder: fc.shuffledSubarray([...Array(instance.roles).keys()], {
            minLength: instance.roles,
            maxLength: instance.roles,
          }),
        }),
      );
      fc.assert(
        fc.property(withAssignment, ({ instance, order, roleOrder }) => {
          // A random feasible assignment: members in random order fill roles in random order.
          const slots = instance.capacity.reduce((s, c) => s + c, 0);
          const roleOfMember = new Array<number>(instance.members).fill(-1);
          const queue = roleOrder.flatMap((j) => new Array<number>(instance.capacity[j]).fill(j));
          order.slice(0, Math.min(instance.members, slots)).forEach((i, k) => {
            roleOfMember[i] = queue[k];
          });
          const total = roleOfMember.reduce(
            (sum, j, i) => (j < 0 ? sum : sum + instance.fit[i * instance.roles + j]),
            0,
          );
          const best = bruteForceBestTotal(
            instance.members,
            instance.roles,
            instance.fit,
            instance.capacity,
          );
          expect(improvable(instance, roleOfMember)).toBe(total < best);
        }),
        { numRuns: 800 },
      );
    });

    const large: Array<[string, Instance]> = [
      [
        '5,000 members × 50 roles × 100 slots, fit-like values',
        randomInstance(11, 5000, new Array<number>(50).fill(100), (u) => 100 - 40 * u * u),
      ],
      [
        '3,000 members × 40 roles, random slots 0–60 (fewer slots than members), integer ties',
        (() => {
          const next = lcg(12);
          const capacity = Array.from({ length: 40 }, () => Math.floor(61 * next()));
          return randomInstance(13, 3000, capacity, (u) => Math.floor(10 * u));
        })(),
      ],
      [
        '2,000 members × 30 roles × 150 slots (more slots than members)',
        randomInstance(14, 2000, new Array<number>(30).fill(150), (u) => 100 * u),
      ],
    ];

    it.each(large)('%s: feasible with no improving cycle', (_name, instance) => {
      const result = solve(instance);
      expectFeasible(instance, result);
      expect(improvable(instance, result.roleOfMember)).toBe(false);
    });
  });

  describe('behaviour', () => {
    const instance = randomInstance(9, 250, [40, 60, 0, 80, 30], (u) => Math.round(100 * u) / 2);

    it('is deterministic', () => {
      const a = solve(instance);
      const b = solve(instance);
      expect(Array.from(a.roleOfMember)).toEqual(Array.from(b.roleOfMember));
      expect(a.total).toBe(b.total);
    });

    it('reports increasing progress ending at exactly 1, about every 1%', () => {
      const fractions: number[] = [];
      solveCapacitatedAssignment({
        members: instance.members,
        roles: instance.roles,
        fit: Float64Array.from(instance.fit),
        capacity: Int32Array.from(instance.capacity),
        onProgress: (f) => fractions.push(f),
      });
      // 250 members, step ceil(250 / 100) = 3 → 83 calls at 3, 6, …, 249, plus the final 250.
      expect(fractions.length).toBe(84);
      expect(fractions.at(-1)).toBe(1);
      fractions.slice(1).forEach((f, k) => expect(f).toBeGreaterThan(fractions[k]));
    });

    it('reports completion for an empty team', () => {
      const onProgress = jest.fn();
      solveCapacitatedAssignment({
        members: 0,
        roles: 0,
        fit: new Float64Array(),
        capacity: new Int32Array(),
        onProgress,
      });
      expect(onProgress).toHaveBeenCalledWith(1);
    });

    it('gives the same optimum whatever order the members come in', () => {
      // Reversing the rows must not change the optimal total (insertion order independence).
      const { members, roles, fit } = instance;
      const reversed: number[] = [];
      for (let i = members - 1; i >= 0; i--)
        reversed.push(...fit.slice(i * roles, (i + 1) * roles));
      const a = solve(instance);
      const b = solve({ ...instance, fit: reversed });
      expect(b.total).toBeCloseTo(a.total, 9);
    });
  });
});
