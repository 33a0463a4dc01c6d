import fc from 'fast-check';
import { bruteForceBestTotal } from '../assignment/brute-force-assignment.test-support';
import { DomainValidationError } from '../errors';
import { computeFit } from '../fit/fit';
import { computeTeamRoleMap } from './compute-team-role-map';
import { member, teamA, teamB, teamC } from './team-map.fixtures.test-support';
import type { TeamSnapshot } from './team-map.types';

describe('computeTeamRoleMap', () => {
  describe('team A: specialists, an overlap and the leadership bench (by hand)', () => {
    const map = computeTeamRoleMap(teamA);

    it('lists members, roles and the fit matrix', () => {
      // Current fits: Ann as closer 80, Bob as booker 90, Cid has no role.
      expect(map.members).toEqual([
        { id: 'ann', name: 'Ann', currentJobRoleId: 'closer', currentFit: 80 },
        { id: 'bob', name: 'Bob', currentJobRoleId: 'booker', currentFit: 90 },
        { id: 'cid', name: 'Cid', currentJobRoleId: null, currentFit: null },
      ]);
      expect(map.roles).toEqual([
        { id: 'booker', title: 'Meeting booker', slots: 1, isLeadership: false },
        { id: 'closer', title: 'Closer', slots: 1, isLeadership: false },
      ]);
      expect(map.fitMatrix).toEqual([
        [100, 80],
        [90, 100],
        [96, 95],
      ]);
    });

    it('assigns optimally and leaves Cid out', () => {
      // Two slots for three members. Pairs (booker, closer): Ann+Bob 100+100 = 200,
      // Cid+Bob 96+100 = 196, Ann+Cid 100+95 = 195, Bob+Cid 185, Cid+Ann 176, Bob+Ann 170.
      expect(map.assignment).toEqual([
        { memberId: 'ann', jobRoleId: 'booker', fit: 100 },
        { memberId: 'bob', jobRoleId: 'closer', fit: 100 },
      ]);
      expect(map.totalFitOptimal).toBe(200);
      // Now: Ann as closer 80 + Bob as booker 90 + Cid without a role 0 = 170.
      expect(map.totalFitCurrent).toBe(170);
      // Means over the members holding a role: now (80 + 90) / 2, optimal (100 + 100) / 2.
      expect(map.meanFitCurrent).toBe(85);
      expect(map.meanFitOptimal).toBe(100);
    });

    it('suggests swapping Ann and Bob', () => {
      expect(map.moves).toEqual([
        { memberId: 'ann', from: 'closer', to: 'booker', fitChange: 20 }, // 100 − 80
        { memberId: 'bob', from: 'booker', to: 'closer', fitChange: 10 }, // 100 − 90
      ]);
    });

    it('finds the booker role crowded', () => {
      // Best role: Ann booker (100 > 80), Bob closer (100 > 90), Cid booker (96 > 95).
      expect(map.overlaps).toEqual([
        { jobRoleId: 'booker', slots: 1, bestFitMembers: ['ann', 'cid'] },
      ]);
    });

    it('has no gaps and nothing to coach', () => {
      expect(map.gaps).toEqual([]);
      expect(map.coaching).toEqual([
        { memberId: 'ann', jobRoleId: 'booker', dimensions: [] },
        { memberId: 'bob', jobRoleId: 'closer', dimensions: [] },
      ]);
    });

    it('shows the top seller last on the leadership bench (tip 10)', () => {
      // Team lead (lead ≥ 70): Bob 100, Cid 95, Ann 80; Ann has the best performance (120).
      expect(map.leadership).toEqual([
        {
          jobRoleId: 'lead',
          ranking: [
            { memberId: 'bob', fit: 100 },
            { memberId: 'cid', fit: 95 },
            { memberId: 'ann', fit: 80 },
          ],
          topPerformerRank: 3,
          topPerformerId: 'ann',
        },
      ]);
    });
  });

  describe('team B: more slots than members, gaps and coaching (by hand)', () => {
    const deeHunter = 100 - Math.sqrt(85); // ≈ 90.7805

    it('puts both in the hunter role and leaves the farmer slot empty', () => {
      // Both hunters 90.78 + 100 = 190.78; Dee hunter + Eve farmer 90.78 + 85 = 175.78;
      // Dee farmer + Eve hunter 60 + 100 = 160.
      const map = computeTeamRoleMap(teamB);
      expect(map.fitMatrix).toEqual([
        [90.78, 60],
        [100, 85],
      ]);
      expect(map.assignment).toEqual([
        { memberId: 'dee', jobRoleId: 'hunter', fit: 90.78 },
        { memberId: 'eve', jobRoleId: 'hunter', fit: 100 },
      ]);
      expect(map.totalFitOptimal).toBe(Math.round((deeHunter + 100) * 100) / 100);
      expect(map.totalFitCurrent).toBe(85); // Dee has no role (0), Eve farmer 85
      expect(map.gaps).toEqual([{ jobRoleId: 'farmer', slot: 1, reason: 'empty' }]);
      expect(map.overlaps).toEqual([]); // both best at hunter, which has 2 slots
      expect(map.leadership).toEqual([]);
    });

    it('reports low fits against a stricter threshold, in slot order by fit', () => {
      // Hunter slots by fit: Eve (100) slot 1, Dee (90.78) slot 2; 90.78 < 95 → low fit.
      const map = computeTeamRoleMap(teamB, { gapThreshold: 95 });
      expect(map.gaps).toEqual([
        { jobRoleId: 'hunter', slot: 2, reason: 'lowFit', memberId: 'dee', fit: 90.78 },
        { jobRoleId: 'farmer', slot: 1, reason: 'empty' },
      ]);
    });

    it('does not count a fit equal to the threshold as a gap', () => {
      // Eve's 100 is not below a threshold of exactly 100; Dee's 90.78 is.
      const map = computeTeamRoleMap(teamB, { gapThreshold: 100 });
      expect(map.gaps.filter((g) => g.reason === 'lowFit').map((g) => g.memberId)).toEqual(['dee']);
    });

    it('coaches Dee on her two largest weighted shortfalls', () => {
      // Dee as hunter: close 3·(60 − 50)² = 300, hunt 1·(80 − 70)² = 100, pipe 1·5² = 25.
      const map = computeTeamRoleMap(teamB);
      expect(map.coaching).toEqual([
        {
          memberId: 'dee',
          jobRoleId: 'hunter',
          dimensions: [
            { dimension: 'close', score: 60, target: 50, weightedShortfall: 300 },
            { dimension: 'hunt', score: 70, target: 80, weightedShortfall: 100 },
          ],
        },
        { memberId: 'eve', jobRoleId: 'hunter', dimensions: [] },
      ]);
    });

    it('moves Dee in from no role and Eve from farmer', () => {
      const map = computeTeamRoleMap(teamB);
      expect(map.moves).toEqual([
        { memberId: 'dee', from: null, to: 'hunter', fitChange: 90.78 }, // 90.78 − 0
        { memberId: 'eve', from: 'farmer', to: 'hunter', fitChange: 15 }, // 100 − 85
      ]);
    });
  });

  describe('team C: roles outside the requirements and ties (by hand)', () => {
    const map = computeTeamRoleMap(teamC);

    it('assigns Hal to closer and Gus to manager, leaving Fay out', () => {
      // (closer, manager): Hal+Gus 100+100 = 200, Gus+Hal 98+80 = 178, Fay+Gus 170,
      // Hal+Fay 170, Gus+Fay 168, Fay+Hal 150.
      expect(map.assignment).toEqual([
        { memberId: 'gus', jobRoleId: 'manager', fit: 100 },
        { memberId: 'hal', jobRoleId: 'closer', fit: 100 },
      ]);
      expect(map.totalFitOptimal).toBe(200);
    });

    it('uses current roles outside the requirements for the fit now', () => {
      // Fay inside sales 80 + Gus closer 98 + Hal inside sales 100 = 278.
      expect(map.totalFitCurrent).toBe(278);
    });

    it('moves Fay out, and lists same-fit moves too', () => {
      expect(map.moves).toEqual([
        { memberId: 'fay', from: 'inside', to: null, fitChange: -80 }, // 0 − 80
        { memberId: 'gus', from: 'closer', to: 'manager', fitChange: 2 }, // 100 − 98
        { memberId: 'hal', from: 'inside', to: 'closer', fitChange: 0 }, // 100 − 100
      ]);
    });

    it('breaks a best-fit tie towards the first role', () => {
      // Fay: closer 70 = manager 70 → closer; Gus manager (100 > 98); Hal closer (100 > 80).
      expect(map.overlaps).toEqual([
        { jobRoleId: 'closer', slots: 1, bestFitMembers: ['fay', 'hal'] },
      ]);
    });

    it('benches every leadership role once, required profile first, ties by name', () => {
      // Top performer: Fay and Gus both 100 → by name, Fay. Hal has no performance.
      expect(map.leadership).toEqual([
        {
          jobRoleId: 'manager', // lead ≥ 90 (the required profile, not the old lead ≥ 10)
          ranking: [
            { memberId: 'gus', fit: 100 },
            { memberId: 'hal', fit: 80 },
            { memberId: 'fay', fit: 70 },
          ],
          topPerformerRank: 3,
          topPerformerId: 'fay',
        },
        {
          jobRoleId: 'regional', // lead ≥ 70: Gus 100 = Hal 100 (Gus first by name), Fay 90
          ranking: [
            { memberId: 'gus', fit: 100 },
            { memberId: 'hal', fit: 100 },
            { memberId: 'fay', fit: 90 },
          ],
          topPerformerRank: 3,
          topPerformerId: 'fay',
        },
      ]);
    });

    it('has no gaps and coaches only assigned members', () => {
      expect(map.gaps).toEqual([]);
      expect(map.coaching.map((c) => c.memberId)).toEqual(['gus', 'hal']);
    });
  });

  describe('degenerate teams', () => {
    it('handles a team without members', () => {
      const map = computeTeamRoleMap({ ...teamC, members: [] });
      expect(map.members).toEqual([]);
      expect(map.fitMatrix).toEqual([]);
      expect(map.assignment).toEqual([]);
      expect(map.totalFitCurrent).toBe(0);
      expect(map.totalFitOptimal).toBe(0);
      expect(map.gaps).toEqual([
        { jobRoleId: 'closer', slot: 1, reason: 'empty' },
        { jobRoleId: 'manager', slot: 1, reason: 'empty' },
      ]);
      expect(map.overlaps).toEqual([]);
      expect(map.moves).toEqual([]);
      expect(map.coaching).toEqual([]);
      expect(map.leadership).toEqual([
        { jobRoleId: 'manager', ranking: [], topPerformerRank: null, topPerformerId: null },
        { jobRoleId: 'regional', ranking: [], topPerformerRank: null, topPerformerId: null },
      ]);
    });

    it('handles a team without requirements', () => {
      const map = computeTeamRoleMap({ ...teamC, roles: [] });
      expect(map.roles).toEqual([]);
      expect(map.fitMatrix).toEqual([[], [], []]);
      expect(map.assignment).toEqual([]);
      expect(map.totalFitOptimal).toBe(0);
      // Gus's current role "closer" is no longer in the snapshot at all: it counts as 0.
      expect(map.totalFitCurrent).toBe(180); // Fay inside 80 + Gus 0 + Hal inside 100
      expect(map.moves).toEqual([
        { memberId: 'fay', from: 'inside', to: null, fitChange: -80 },
        { memberId: 'gus', from: 'closer', to: null, fitChange: 0 },
        { memberId: 'hal', from: 'inside', to: null, fitChange: -100 },
      ]);
      expect(map.gaps).toEqual([]);
      expect(map.overlaps).toEqual([]);
      // The "manager" entry among the other roles is now the only manager profile: lead ≥ 10.
      expect(map.leadership.map((l) => l.jobRoleId)).toEqual(['regional', 'manager']);
      expect(map.leadership[1].ranking.map((r) => r.fit)).toEqual([100, 100, 100]);
    });

    it('handles roles with zero slots', () => {
      // Booker has no slot: everyone competes for the one closer slot (Bob 100 wins).
      const roles = [{ ...teamA.roles[0], slots: 0 }, teamA.roles[1]];
      const map = computeTeamRoleMap({ ...teamA, roles });
      expect(map.assignment).toEqual([{ memberId: 'bob', jobRoleId: 'closer', fit: 100 }]);
      // Ann and Cid are best at booker, which has 0 slots → overlap.
      expect(map.overlaps).toEqual([
        { jobRoleId: 'booker', slots: 0, bestFitMembers: ['ann', 'cid'] },
      ]);
      expect(map.gaps).toEqual([]);
    });

    it('treats a dimension missing from a member profile as a score of 0', () => {
      const snapshot: TeamSnapshot = {
        members: [member('zed', {})],
        roles: [{ ...teamA.roles[0], slots: 1 }],
        otherRoles: [],
      };
      // hunt missing → 0, target 80 → fit 100 − 80 = 20, a low-fit gap at the default 60.
      const map = computeTeamRoleMap(snapshot);
      expect(map.fitMatrix).toEqual([[20]]);
      expect(map.gaps).toEqual([
        { jobRoleId: 'booker', slot: 1, reason: 'lowFit', memberId: 'zed', fit: 20 },
      ]);
      expect(map.coaching[0].dimensions).toEqual([
        { dimension: 'hunt', score: 0, target: 80, weightedShortfall: 6400 },
      ]);
    });

    it('is deterministic with identical members competing for one slot', () => {
      const twins: TeamSnapshot = {
        members: [member('twin1', { hunt: 70 }), member('twin2', { hunt: 70 })],
        roles: [teamA.roles[0]],
        otherRoles: [],
      };
      const first = computeTeamRoleMap(twins);
      expect(first.assignment).toHaveLength(1);
      expect(first.totalFitOptimal).toBe(90);
      expect(computeTeamRoleMap(twins)).toEqual(first);
    });
  });

  describe('validation', () => {
    it('rejects duplicate member ids, duplicate role ids and bad slot counts', () => {
      const snapshot: TeamSnapshot = {
        members: [member('a', {}), member('a', {})],
        roles: [
          { ...teamA.roles[0], slots: -1 },
          { ...teamA.roles[0], slots: 1.5 },
        ],
        otherRoles: [],
      };
      let error: unknown;
      try {
        computeTeamRoleMap(snapshot);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DomainValidationError);
      expect((error as DomainValidationError).errors.map((e) => e.field)).toEqual([
        'members[1].id',
        'roles[0].slots',
        'roles[1].id',
        'roles[1].slots',
      ]);
    });

    it('rejects non-finite scores and targets and non-positive weights', () => {
      const snapshot: TeamSnapshot = {
        members: [member('a', { hunt: NaN })],
        roles: [
          {
            ...teamA.roles[0],
            profile: [{ dimension: 'hunt', target: Infinity, weight: 0, direction: 'atLeast' }],
          },
        ],
        otherRoles: [
          { ...teamA.otherRoles[0], profile: [{ ...teamA.otherRoles[0].profile[0], weight: -1 }] },
        ],
      };
      let error: unknown;
      try {
        computeTeamRoleMap(snapshot);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DomainValidationError);
      expect((error as DomainValidationError).errors.map((e) => e.field)).toEqual([
        'members[0].profile.hunt',
        'roles[0].profile[0].target',
        'roles[0].profile[0].weight',
        'otherRoles[0].profile[0].weight',
      ]);
    });

    it('rejects a non-finite gap threshold', () => {
      expect(() => computeTeamRoleMap(teamA, { gapThreshold: NaN })).toThrow(DomainValidationError);
    });
  });

  it('reports increasing progress ending at 1', () => {
    const fractions: number[] = [];
    computeTeamRoleMap(teamA, { onProgress: (f) => fractions.push(f) });
    expect(fractions.at(-1)).toBe(1);
    fractions.slice(1).forEach((f, k) => expect(f).toBeGreaterThan(fractions[k]));
  });

  describe('random small teams (property, checked with computeFit and brute force)', () => {
    const dimensions = ['a', 'b', 'c'];
    const profileArb = fc.array(
      fc.record({
        dimension: fc.constantFrom(...dimensions),
        target: fc.integer({ min: 0, max: 100 }),
        weight: fc.integer({ min: 1, max: 3 }),
        direction: fc.constantFrom('atLeast' as const, 'ideal' as const),
      }),
      { minLength: 1, maxLength: 3 },
    );
    const snapshotArb = fc.record({
      scores: fc.array(
        fc.record({
          a: fc.integer({ min: 0, max: 100 }),
          b: fc.integer({ min: 0, max: 100 }),
          c: fc.integer({ min: 0, max: 100 }),
        }),
        { maxLength: 5 },
      ),
      roles: fc.array(fc.record({ slots: fc.integer({ min: 0, max: 3 }), profile: profileArb }), {
        maxLength: 3,
      }),
    });

    it('matches computeFit cell by cell and the brute-force optimum', () => {
      fc.assert(
        fc.property(snapshotArb, ({ scores, roles }) => {
          const snapshot: TeamSnapshot = {
            members: scores.map((s, i) => member(`m${i}`, s)),
            roles: roles.map((r, j) => ({
              id: `r${j}`,
              title: `Role ${j}`,
              isLeadership: false,
              slots: r.slots,
              profile: r.profile,
            })),
            otherRoles: [],
          };
          const map = computeTeamRoleMap(snapshot);
          const exact = scores.flatMap((s) => roles.map((r) => computeFit(r.profile, s).fit));
          map.fitMatrix.forEach((row, i) =>
            row.forEach((cell, j) => expect(cell).toBeCloseTo(exact[i * roles.length + j], 2)),
          );
          const best = bruteForceBestTotal(
            scores.length,
            roles.length,
            exact,
            roles.map((r) => r.slots),
          );
          expect(map.totalFitOptimal).toBeCloseTo(best, 2);
          // Every slot is either filled or an empty gap.
          const slots = roles.reduce((s, r) => s + r.slots, 0);
          const empty = map.gaps.filter((g) => g.reason === 'empty').length;
          expect(map.assignment.length + empty).toBe(slots);
          expect(map.assignment.length).toBe(Math.min(scores.length, slots));
          // Members not assigned and without a current role are never moves.
          expect(map.moves.length).toBe(map.assignment.length);
        }),
        { numRuns: 400 },
      );
    });
  });
});
