import fc from 'fast-check';
import { builtinModules } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomainValidationError } from '../errors';
import { computeTeamRoleMap } from './compute-team-role-map';
import { member, teamA, teamB, teamC } from './team-map.fixtures.test-support';
import type { TeamSnapshot } from './team-map.types';
import {
  assignmentFromMap,
  currentAssignmentOf,
  evaluateAssignment,
  whatIfTeamFromSnapshot,
} from './what-if';

function validationFields(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainValidationError);
    return (error as DomainValidationError).errors.map((e) => e.field);
  }
  throw new Error('expected a DomainValidationError');
}

describe('evaluateAssignment (what-if)', () => {
  describe('team A by hand (booker/closer fits: Ann 100/80, Bob 90/100, Cid 96/95; 1 slot each)', () => {
    const team = whatIfTeamFromSnapshot(teamA);

    it('puts two members in one role: over-filled, and the other role empty', () => {
      const result = evaluateAssignment(team, { ann: 'booker', cid: 'booker', bob: null });
      expect(result.members).toEqual([
        { memberId: 'ann', jobRoleId: 'booker', fit: 100 },
        { memberId: 'bob', jobRoleId: null, fit: null },
        { memberId: 'cid', jobRoleId: 'booker', fit: 96 },
      ]);
      expect(result.totalFit).toBe(196); // 100 + 96
      expect(result.meanFit).toBe(98); // 196 / 2
      expect(result.assignedCount).toBe(2);
      expect(result.roles).toEqual([
        { jobRoleId: 'booker', slots: 1, assigned: 2 },
        { jobRoleId: 'closer', slots: 1, assigned: 0 },
      ]);
      expect(result.overfilled).toEqual([
        { jobRoleId: 'booker', slots: 1, memberIds: ['ann', 'cid'] },
      ]);
      expect(result.gaps).toEqual([{ jobRoleId: 'closer', slot: 1, reason: 'empty' }]);
      expect(result.unfilledSlots).toBe(1);
    });

    it('reports holders below the threshold as low-fit gaps in slot order', () => {
      const result = evaluateAssignment(
        team,
        { ann: 'booker', cid: 'booker', bob: 'closer' },
        { gapThreshold: 97 },
      );
      // Booker: Ann 100 takes slot 1, Cid 96 < 97 slot 2; closer: Bob 100.
      expect(result.gaps).toEqual([
        { jobRoleId: 'booker', slot: 2, reason: 'lowFit', memberId: 'cid', fit: 96 },
      ]);
      expect(result.unfilledSlots).toBe(0);
      expect(result.totalFit).toBe(296);
      expect(result.meanFit).toBe(98.67); // 296 / 3 = 98.666…
    });

    it('gives the map’s own figures for the current roles and for the optimum', () => {
      const map = computeTeamRoleMap(teamA);
      const now = evaluateAssignment(team, currentAssignmentOf(team));
      expect(now.totalFit).toBe(170); // Ann as closer 80 + Bob as booker 90
      expect(now.meanFit).toBe(85);
      expect([now.totalFit, now.meanFit]).toEqual([map.totalFitCurrent, map.meanFitCurrent]);
      const best = evaluateAssignment(team, assignmentFromMap(map));
      expect([best.totalFit, best.meanFit]).toEqual([200, 100]);
      expect(best.gaps).toEqual(map.gaps);
      expect(best.overfilled).toEqual([]);
    });

    it('answers "what if the booker role had two slots"', () => {
      const wider = { ...team, roles: team.roles.map((r) => ({ ...r, slots: 2 })) };
      const result = evaluateAssignment(wider, { ann: 'booker', bob: 'closer' });
      expect(result.gaps).toEqual([
        { jobRoleId: 'booker', slot: 2, reason: 'empty' },
        { jobRoleId: 'closer', slot: 2, reason: 'empty' },
      ]);
      expect(result.unfilledSlots).toBe(2);
      expect(result.overfilled).toEqual([]);
    });
  });

  it('team B: a fit exactly at the threshold is not a gap', () => {
    // Dee as farmer: care 50 vs ≥ 90 → 60; Eve as hunter: 100 (fixture notes).
    const result = evaluateAssignment(whatIfTeamFromSnapshot(teamB), {
      dee: 'farmer',
      eve: 'hunter',
    });
    expect(result.members.map((m) => m.fit)).toEqual([60, 100]);
    expect(result.totalFit).toBe(160);
    expect(result.meanFit).toBe(80);
    expect(result.gaps).toEqual([{ jobRoleId: 'hunter', slot: 2, reason: 'empty' }]);
  });

  describe('team C: current roles the team does not require', () => {
    it('uses each member’s current fit for their own current role', () => {
      // Fay inside 80, Gus closer 98, Hal inside 100 (fixture notes): 278 / 3 = 92.666…
      const team = whatIfTeamFromSnapshot(teamC);
      const now = evaluateAssignment(team, currentAssignmentOf(team));
      expect(now.members.map((m) => m.fit)).toEqual([80, 98, 100]);
      expect(now.totalFit).toBe(278);
      expect(now.meanFit).toBe(92.67);
      // "inside" is not a column: it fills no required role.
      expect(now.roles).toEqual([
        { jobRoleId: 'closer', slots: 1, assigned: 1 },
        { jobRoleId: 'manager', slots: 1, assigned: 0 },
      ]);
      const map = computeTeamRoleMap(teamC);
      expect([now.totalFit, now.meanFit]).toEqual([map.totalFitCurrent, map.meanFitCurrent]);
    });

    it('works on the stored map itself (rounded fits) as the web app gets it', () => {
      const map = computeTeamRoleMap(teamC);
      const now = evaluateAssignment(map, currentAssignmentOf(map));
      expect(now.totalFit).toBe(map.totalFitCurrent);
      const best = evaluateAssignment(map, assignmentFromMap(map));
      expect(best.totalFit).toBe(map.totalFitOptimal);
      expect(best.gaps).toEqual(map.gaps);
    });

    it('refuses a role that is neither required nor the member’s own', () => {
      const team = whatIfTeamFromSnapshot(teamC);
      expect(validationFields(() => evaluateAssignment(team, { fay: 'regional' }))).toEqual([
        'assignment.fay',
      ]);
      // Hal's current role is "inside", but Gus's is not.
      expect(validationFields(() => evaluateAssignment(team, { gus: 'inside' }))).toEqual([
        'assignment.gus',
      ]);
    });
  });

  it('refuses unknown members, bad slots and a matrix of the wrong shape', () => {
    const team = whatIfTeamFromSnapshot(teamA);
    expect(
      validationFields(() =>
        evaluateAssignment(
          {
            members: team.members,
            roles: [
              { id: 'booker', slots: -1 },
              { id: 'closer', slots: 1.5 },
            ],
            fitMatrix: [[1, 2], [3], [4, NaN]],
          },
          { zed: 'booker' },
          { gapThreshold: Infinity },
        ),
      ),
    ).toEqual([
      'fitMatrix[1]',
      'fitMatrix[2][1]',
      'roles[0].slots',
      'roles[1].slots',
      'gapThreshold',
      'assignment.zed',
    ]);
  });

  it('an empty team and an empty proposal', () => {
    const empty = evaluateAssignment({ members: [], roles: [], fitMatrix: [] }, {});
    expect(empty).toEqual({
      members: [],
      totalFit: 0,
      meanFit: null,
      assignedCount: 0,
      roles: [],
      gaps: [],
      unfilledSlots: 0,
      overfilled: [],
    });
    const nobody = evaluateAssignment(whatIfTeamFromSnapshot(teamA), {});
    expect(nobody.meanFit).toBeNull();
    expect(nobody.unfilledSlots).toBe(2);
  });

  describe('random teams: the same numbers as computeTeamRoleMap (property)', () => {
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
    const scoreArb = fc.record({
      a: fc.double({ min: 0, max: 100, noNaN: true }),
      b: fc.double({ min: 0, max: 100, noNaN: true }),
      c: fc.double({ min: 0, max: 100, noNaN: true }),
    });
    const snapshotArb = fc
      .record({
        members: fc.array(fc.record({ scores: scoreArb, current: fc.nat(4) }), { maxLength: 7 }),
        roles: fc.array(fc.record({ slots: fc.integer({ min: 0, max: 3 }), profile: profileArb }), {
          minLength: 1,
          maxLength: 3,
        }),
        other: profileArb,
        gapThreshold: fc.integer({ min: 40, max: 95 }),
      })
      .map(({ members, roles, other, gapThreshold }) => {
        // current: 0…2 a required role (when it exists), 3 a role not required, 4 none.
        const roleIds = roles.map((_, j) => `r${j}`);
        const currentOf = (k: number) =>
          k === 4 ? null : k === 3 ? 'other' : (roleIds[k] ?? null);
        const snapshot: TeamSnapshot = {
          members: members.map((m, i) => member(`m${i}`, m.scores, currentOf(m.current))),
          roles: roles.map((r, j) => ({
            id: roleIds[j],
            title: `Role ${j}`,
            isLeadership: false,
            slots: r.slots,
            profile: r.profile,
          })),
          otherRoles: [{ id: 'other', title: 'Other', isLeadership: false, profile: other }],
        };
        return { snapshot, gapThreshold };
      });

    it('exactly, from the snapshot; to within rounding, from the stored map', () => {
      fc.assert(
        fc.property(snapshotArb, ({ snapshot, gapThreshold }) => {
          const map = computeTeamRoleMap(snapshot, { gapThreshold });
          const team = whatIfTeamFromSnapshot(snapshot);
          const best = evaluateAssignment(team, assignmentFromMap(map), { gapThreshold });
          expect(best.totalFit).toBe(map.totalFitOptimal);
          expect(best.meanFit).toBe(map.meanFitOptimal);
          expect(best.gaps).toEqual(map.gaps);
          expect(best.overfilled).toEqual([]);
          expect(best.members.flatMap((m) => (m.jobRoleId ? [m] : []))).toEqual(
            map.assignment.map((a) => ({
              memberId: a.memberId,
              jobRoleId: a.jobRoleId,
              fit: a.fit,
            })),
          );
          const now = evaluateAssignment(team, currentAssignmentOf(team), { gapThreshold });
          expect(now.totalFit).toBe(map.totalFitCurrent);
          expect(now.meanFit).toBe(map.meanFitCurrent);
          expect(now.members.map((m) => m.fit)).toEqual(map.members.map((m) => m.currentFit));

          // The web app has only the rounded map: each fit is off by ≤ 0.005.
          const fromMap = evaluateAssignment(map, assignmentFromMap(map), { gapThreshold });
          const tolerance = 0.005 * snapshot.members.length + 0.005;
          expect(Math.abs(fromMap.totalFit - map.totalFitOptimal)).toBeLessThanOrEqual(tolerance);
        }),
        { numRuns: 300 },
      );
    });
  });
});

describe('libs/domain in the browser', () => {
  it('imports no Node built-in module outside specs and test support', () => {
    const root = join(__dirname, '..');
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.ts$/.test(entry.name) && !/\.(spec|test-support)\.ts$/.test(entry.name)) {
          const source = readFileSync(path, 'utf8');
          for (const [, spec] of source.matchAll(/(?:from|import|require\()\s*['"]([^'"]+)['"]/g)) {
            if (builtins.has(spec) || builtins.has(spec.split('/')[0])) {
              offenders.push(`${path}: ${spec}`);
            }
          }
          if (
            /\b(process|Buffer|__dirname)\b/.test(source.replace(/\/\/.*|\/\*[\s\S]*?\*\//g, ''))
          ) {
            offenders.push(`${path}: Node global`);
          }
        }
      }
    };
    walk(root);
    expect(offenders).toEqual([]);
  });
});
