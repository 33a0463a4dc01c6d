import { solveCapacitatedAssignment } from '../assignment';
import { coachingFocus } from './coaching';
import { buildScoreRows, compileProfile, computeFitMatrix, indexDimensions } from './fit-matrix';
import { findGaps } from './gaps';
import { leadershipBench } from './leadership-bench';
import { findMoves } from './moves';
import { findOverlaps } from './overlaps';
import { RoleFitLookup } from './role-fit-lookup';
import { roundForOutput } from './round-for-output';
import type { TeamRoleMap, TeamRoleMapOptions, TeamSnapshot } from './team-map.types';
import { validateSnapshot } from './validate-snapshot';

export const DEFAULT_GAP_THRESHOLD = 60;

/** Share of the progress bar per phase; the solver dominates the run time. */
const PROGRESS_AFTER_MATRIX = 0.1;
const PROGRESS_AFTER_SOLVER = 0.9;

/**
 * The team-role map of PRODUCT.md "Methods → Team analysis": fit matrix, exactly optimal
 * assignment, gaps, overlaps, moves, coaching focus and leadership bench. Pure and
 * deterministic; all fits are computed unrounded and rounded to 2 decimals in the output.
 */
export function computeTeamRoleMap(
  snapshot: TeamSnapshot,
  options: TeamRoleMapOptions = {},
): TeamRoleMap {
  const gapThreshold = options.gapThreshold ?? DEFAULT_GAP_THRESHOLD;
  const onProgress = options.onProgress;
  validateSnapshot(snapshot, gapThreshold);
  const { members, roles } = snapshot;
  const r = roles.length;

  const dimensions = indexDimensions([
    ...roles.map((role) => role.profile),
    ...snapshot.otherRoles.map((role) => role.profile),
  ]);
  const scoreRows = buildScoreRows(
    members.map((m) => m.profile),
    dimensions,
  );
  const fit = computeFitMatrix(
    scoreRows,
    roles.map((role) => compileProfile(role.profile, dimensions)),
  );
  onProgress?.(PROGRESS_AFTER_MATRIX);

  const { roleOfMember, total } = solveCapacitatedAssignment({
    members: members.length,
    roles: r,
    fit,
    capacity: Int32Array.from(roles, (role) => role.slots),
    onProgress: onProgress
      ? (f) =>
          onProgress(PROGRESS_AFTER_MATRIX + (PROGRESS_AFTER_SOLVER - PROGRESS_AFTER_MATRIX) * f)
      : undefined,
  });

  const fits = new RoleFitLookup(snapshot, dimensions, scoreRows, fit);
  let totalFitCurrent = 0;
  members.forEach((member, i) => {
    totalFitCurrent += fits.fitTo(i, member.currentJobRoleId);
  });

  const result: TeamRoleMap = {
    members: members.map((m) => ({ id: m.id, name: m.name })),
    roles: roles.map((role) => ({
      id: role.id,
      title: role.title,
      slots: role.slots,
      isLeadership: role.isLeadership,
    })),
    fitMatrix: members.map((_, i) => Array.from(fit.subarray(i * r, (i + 1) * r), roundForOutput)),
    assignment: members.flatMap((member, i) => {
      const j = roleOfMember[i];
      return j < 0
        ? []
        : [{ memberId: member.id, jobRoleId: roles[j].id, fit: roundForOutput(fit[i * r + j]) }];
    }),
    totalFitCurrent: roundForOutput(totalFitCurrent),
    totalFitOptimal: roundForOutput(total),
    gaps: findGaps(snapshot, fit, roleOfMember, gapThreshold),
    overlaps: findOverlaps(snapshot, fit),
    moves: findMoves(snapshot, roleOfMember, fits),
    coaching: coachingFocus(snapshot, roleOfMember),
    leadership: leadershipBench(snapshot, fits),
  };
  onProgress?.(1);
  return result;
}
